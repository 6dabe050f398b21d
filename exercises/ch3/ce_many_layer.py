"""The output error of a many-layer network  ·  多层多神经元网络的输出误差

Book: chapter 3, section 3.1 (introducing the cross-entropy), equations (65)-(67).

The output layer L has sigmoid neurons, a^L = sigma(z^L).  For one example
the quadratic cost is C = (1/2) sum_j (a^L_j - y_j)^2 and the cross-entropy is
C = -sum_j [y_j ln a^L_j + (1 - y_j) ln(1 - a^L_j)].  The output error is
delta^L_j = dC/dz^L_j.

Arrays hold one example per column: ``z`` and ``y`` have shape (n_out, n).

1. ``quadratic_output_delta(z, y)``: delta^L for the quadratic cost.
2. ``ce_output_delta(z, y)``: delta^L for the cross-entropy.
3. ``output_gradients(a_prev, delta)``: the gradients of the cost averaged over
   the n examples with respect to the output weights and biases,
   ``(nabla_w, nabla_b)`` with shapes (n_out, n_in) and (n_out, 1) (a column,
   not a flat array), where ``a_prev`` (shape (n_in, n)) holds the activations
   a^(L-1) feeding the layer.
4. ``essay()`` (written part, graded by hand): derive, in words and
   formulas, delta^L_j and dC/dw^L_jk for the cross-entropy from the chain
   rule, and say what becomes of the factor sigma'(z^L_j) that the quadratic
   cost keeps, and why that matters for learning.

输出层 L 由 sigmoid 神经元构成,a^L = sigma(z^L)。对一个样本,二次代价为
C = (1/2) sum_j (a^L_j - y_j)^2,交叉熵为 C = -sum_j [y_j ln a^L_j + (1 - y_j) ln(1 - a^L_j)]。
输出误差为 delta^L_j = dC/dz^L_j。数组每列一个样本:``z`` 和 ``y`` 的形状为 (n_out, n)。

1. ``quadratic_output_delta(z, y)``:二次代价的 delta^L。
2. ``ce_output_delta(z, y)``:交叉熵的 delta^L。
3. ``output_gradients(a_prev, delta)``:代价在 n 个样本上取平均后对输出层权重和偏置的梯度
   ``(nabla_w, nabla_b)``,形状分别为 (n_out, n_in) 和 (n_out, 1)(列向量,不是一维数组),
   其中 ``a_prev``(形状 (n_in, n))是输入该层的激活值 a^(L-1)。
4. ``essay()``(文字部分,人工评分):用链式法则,以文字和公式推导交叉熵的 delta^L_j 和
   dC/dw^L_jk,并说明二次代价保留的因子 sigma'(z^L_j) 变成了什么,以及这对学习为何重要。
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def quadratic_output_delta(z, y):
    """delta^L = (a^L - y) * sigma'(z^L) for the quadratic cost."""
    # YOUR CODE HERE
    raise NotImplementedError()


def ce_output_delta(z, y):
    """delta^L for the cross-entropy cost."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your derivation in words and formulas (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def output_gradients(a_prev, delta):
    """(nabla_w, nabla_b) of the average cost over the examples (columns)."""
    # YOUR CODE HERE
    raise NotImplementedError()
