"""The log-likelihood gradients of a softmax layer  ·  对数似然代价的梯度

Book: chapter 3, section 3.1 (softmax), equations (80)-(82).

A softmax output layer a = softmax(z), z = W x + b, with the log-likelihood
cost C = -ln a_y for the true class y.  Derive
    dC/db_j = a_j - [j = y]   and   dC/dW_jk = x_k (a_j - [j = y]),
where [j = y] is 1 when j = y and 0 otherwise.

1. ``dC_dz(z, y)``: ``z`` is a list of sympy symbols z_0 ... z_(n-1) and ``y``
   an int; return the list [dC/dz_j] as sympy expressions (any correct form).
2. ``derivation(z, y, j)``: the derivation of dC/dz_j, as a list of sympy
   expressions e0, e1, ..., en, each equal to the one before.  e0 is
   ``sympy.Derivative(-sympy.log(sympy.exp(z[y]) / S), z[j])`` with
   ``S = sum(sympy.exp(t) for t in z)``; en is your ``dC_dz(z, y)[j]``.  The
   chain is the proof, so the steps between must carry the argument: the chain
   rule through the logarithm, with the derivative that remains still written
   as an unevaluated ``sympy.Derivative``, and then that derivative worked out.
   Repeating a step or writing only the start and the end proves nothing.
3. ``gradients(W, b, x, y)``: NumPy arrays ``W`` (n, m), ``b`` (n, 1), ``x``
   (m, 1) and the int ``y``; return ``(nabla_b, nabla_w)`` shaped like b and W.

softmax 输出层 a = softmax(z),z = W x + b,对真实类别 y 使用对数似然代价
C = -ln a_y。推导
    dC/db_j = a_j - [j = y]   以及   dC/dW_jk = x_k (a_j - [j = y]),
其中 j = y 时 [j = y] 为 1,否则为 0。

1. ``dC_dz(z, y)``:``z`` 是 sympy 符号列表 z_0 ... z_(n-1),``y`` 是整数;返回
   sympy 表达式列表 [dC/dz_j](任何正确形式均可)。
2. ``derivation(z, y, j)``:dC/dz_j 的推导,sympy 表达式列表 e0, e1, ..., en,每一项
   都与前一项相等。e0 是 ``sympy.Derivative(-sympy.log(sympy.exp(z[y]) / S), z[j])``,
   其中 ``S = sum(sympy.exp(t) for t in z)``;en 是你的 ``dC_dz(z, y)[j]``。这串等式
   就是证明,所以中间各步必须承载论证:对对数用链式法则,剩下的导数仍写成未求值的
   ``sympy.Derivative``,然后再把这个导数算出来。重复某一步或只写起点和终点不算证明。
3. ``gradients(W, b, x, y)``:NumPy 数组 ``W`` (n, m)、``b`` (n, 1)、``x`` (m, 1) 和
   整数 ``y``;返回 ``(nabla_b, nabla_w)``,形状分别与 b 和 W 相同。
"""
import numpy as np
import sympy as sp


def dC_dz(z, y):
    """[dC/dz_j for each j] for C = -ln softmax(z)_y (sympy)."""
    ### BEGIN SOLUTION
    S = sum(sp.exp(t) for t in z)
    return [sp.exp(t) / S - (1 if j == y else 0) for j, t in enumerate(z)]
    ### END SOLUTION


def derivation(z, y, j):
    """[Derivative(C, z_j), ..., dC_dz(z, y)[j]], every step equal to the previous one."""
    ### BEGIN SOLUTION
    S = sum(sp.exp(t) for t in z)
    d = 1 if j == y else 0
    return [
        sp.Derivative(-sp.log(sp.exp(z[y]) / S), z[j]),
        sp.Derivative(-z[y] + sp.log(S), z[j]),
        -d + sp.Derivative(S, z[j]) / S,
        -d + sp.exp(z[j]) / S,
        sp.exp(z[j]) / S - d,
    ]
    ### END SOLUTION


def gradients(W, b, x, y):
    """(nabla_b, nabla_w) of C = -ln a_y for one example."""
    ### BEGIN SOLUTION
    z = W @ x + b
    e = np.exp(z - z.max())
    a = e / e.sum()
    delta = a.copy()
    delta[y] -= 1.0
    return delta, delta @ x.T
    ### END SOLUTION
