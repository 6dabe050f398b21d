"""The steepest step of fixed size  ·  固定步长下下降最快的一步

Book: chapter 1, section 1.5 (Learning with gradient descent), exercise
"gradient descent is optimal" (the book's hint: the Cauchy-Schwarz inequality).

To first order a move dv changes the cost by grad C · dv.  The book asks which
move of a fixed length |dv| = eps decreases the cost the most, that is, makes
grad C · dv as small as possible, and for a proof that it is the best one.
Find that move (numerically in any dimension, and as a formula in two
dimensions), then prove in ``proof`` that no other move of length eps does
better.

一阶近似下,移动 dv 使代价改变 grad C · dv。书中问:在长度固定为 |dv| = eps 的
所有移动中,哪一个使代价下降最多,即让 grad C · dv 尽可能小?并要求证明它是最好的。
请求出这个移动(任意维度下的数值解,以及二维情形下的公式),再在 ``proof`` 中证明
没有其他长度为 eps 的移动能做得更好。
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
