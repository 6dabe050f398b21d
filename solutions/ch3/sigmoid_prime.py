"""The derivative of the sigmoid  ·  sigmoid 函数的导数

Book: chapter 3, section 3.1 (the cross-entropy cost function).

The sigmoid is sigma(z) = 1 / (1 + e^(-z)).  Its derivative can be written with
sigma(z) alone, without z anywhere else: find that expression and derive it.

1. ``sigmoid_prime_in_s(s)``: given a sympy symbol ``s`` that stands for
   sigma(z), return sigma'(z) as a sympy expression in ``s`` alone (no z).
2. ``derivation(z)``: the derivation, as a list of sympy expressions
   e0, e1, ..., en, each equal to the one before.  Write sigma as the undefined
   function ``sympy.Function("sigma")``.  e0 is ``Derivative(sigma(z), z)``; en is
   your answer to 1 with ``s`` replaced by ``sigma(z)``.  The chain is the proof,
   so the steps between must carry the argument: the derivative worked out in
   exponentials, and the result rewritten, still in exponentials, into the
   shape of your answer.  Repeating a step or writing only the start and the
   end proves nothing.
3. ``sigmoid(z)`` and ``sigmoid_prime(z)``: NumPy versions that work
   element-wise on arrays and stay finite (no NaN, no inf) even at z = +-1000.

sigmoid 函数是 sigma(z) = 1 / (1 + e^(-z))。它的导数可以只用 sigma(z) 表示(其他地方
不出现 z):求出这个表达式并推导它。

1. ``sigmoid_prime_in_s(s)``:给定代表 sigma(z) 的 sympy 符号 ``s``,返回只含 ``s``
   (不含 z)的 sympy 表达式 sigma'(z)。
2. ``derivation(z)``:推导过程,sympy 表达式列表 e0, e1, ..., en,每一项都与前一项
   相等。sigma 用未定义函数 ``sympy.Function("sigma")`` 表示。e0 是
   ``Derivative(sigma(z), z)``;en 是第 1 题的答案把 ``s`` 换成 ``sigma(z)``。这串等式
   就是证明,所以中间各步必须承载论证:用指数函数算出导数,再(仍用指数函数)把结果
   改写成你的答案的形状。重复某一步或只写起点和终点不算证明。
3. ``sigmoid(z)`` 和 ``sigmoid_prime(z)``:NumPy 版本,对数组逐元素计算,即使在
   z = +-1000 处也保持有限(没有 NaN 和 inf)。
"""
import numpy as np
import sympy as sp


def sigmoid_prime_in_s(s):
    """sigma'(z) written with s = sigma(z) only (a sympy expression in ``s``)."""
    ### BEGIN SOLUTION
    return s * (1 - s)
    ### END SOLUTION


def derivation(z):
    """[Derivative(sigma(z), z), ..., your answer in sigma(z)], every step equal to the previous one."""
    ### BEGIN SOLUTION
    sigma = sp.Function("sigma")
    e = sp.exp(-z)
    return [
        sp.Derivative(sigma(z), z),
        sp.Derivative(1 / (1 + e), z),
        e / (1 + e) ** 2,
        1 / (1 + e) * (1 - 1 / (1 + e)),
        sigma(z) * (1 - sigma(z)),
    ]
    ### END SOLUTION


def sigmoid(z):
    """sigma(z) element-wise for a NumPy array ``z``; finite for any finite z."""
    ### BEGIN SOLUTION
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))          # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    ### END SOLUTION


def sigmoid_prime(z):
    """sigma'(z) element-wise; finite at z = +-1000."""
    ### BEGIN SOLUTION
    s = sigmoid(z)
    return s * (1 - s)
    ### END SOLUTION
