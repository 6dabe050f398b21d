"""The steepest step of fixed size  ·  固定步长下下降最快的一步

Book: chapter 1, section 1.5 (Learning with gradient descent), exercise
"gradient descent is optimal" (hint: the Cauchy-Schwarz inequality).

To first order a move dv changes the cost by grad C · dv.  Among all moves of a
fixed length |dv| = eps, the one that decreases the cost most minimises
grad C · dv.  By Cauchy-Schwarz, grad C · dv >= -|grad C| |dv| = -eps |grad C|,
with equality only when dv points exactly against the gradient.
"""
import numpy as np
import sympy

g1, g2 = sympy.symbols("g1 g2", real=True)
epsilon = sympy.symbols("epsilon", positive=True)


def optimal_step(grad, eps):
    """The move of length ``eps`` that minimises grad · dv (``grad`` is a non-zero 1-D array)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def symbolic_step():
    """The same step in two dimensions as sympy expressions: a pair ``(dv1, dv2)``
    in the symbols ``g1, g2`` (the gradient) and ``epsilon`` (the step length),
    defined at the top of this file."""
    # YOUR CODE HERE
    raise NotImplementedError()


def proof():
    """A short proof that your step is the best move of length eps."""
    # YOUR CODE HERE
    raise NotImplementedError()
