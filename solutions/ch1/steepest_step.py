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
    ### BEGIN SOLUTION
    grad = np.asarray(grad, dtype=float)
    return -eps * grad / np.linalg.norm(grad)
    ### END SOLUTION


def symbolic_step():
    """The same step in two dimensions as sympy expressions: a pair ``(dv1, dv2)``
    in the symbols ``g1, g2`` (the gradient) and ``epsilon`` (the step length),
    defined at the top of this file."""
    ### BEGIN SOLUTION
    norm = sympy.sqrt(g1**2 + g2**2)
    return (-epsilon * g1 / norm, -epsilon * g2 / norm)
    ### END SOLUTION


def proof():
    """A short proof that your step is the best move of length eps."""
    ### BEGIN SOLUTION
    return """For any dv with |dv| = eps, Cauchy-Schwarz gives
|grad C · dv| <= |grad C| |dv| = eps |grad C|, so grad C · dv >= -eps |grad C|.
The step dv = -eps grad C / |grad C| has length eps and reaches this bound:
grad C · dv = -eps |grad C|^2 / |grad C| = -eps |grad C|.  So no move of length
eps can lower grad C · dv further, and this one is the best.  Equality in
Cauchy-Schwarz needs dv parallel to grad C, and reaching the negative bound
needs the opposite direction, so the best step is also the only one."""
    ### END SOLUTION
