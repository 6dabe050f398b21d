"""Quadratic cost with a linear output layer  ·  线性输出神经元与二次代价

Book: chapter 3, section 3.1 (introducing the cross-entropy), equations (68)-(70).

A network whose hidden layers are sigmoid but whose output layer is linear:
a^L = z^L = w^L a^(L-1) + b^L, trained with the quadratic cost
C = (1/2) ||a^L - y||^2.  Show what the output error delta^L and the output
layer's gradients become, and what that means for the learning slowdown.

``weights[i]`` has shape (n_(i+1), n_i) and ``biases[i]`` shape (n_(i+1), 1);
``x`` and ``y`` are column vectors.

1. ``feedforward(weights, biases, x)``: the output a^L.
2. ``backprop(weights, biases, x, y)``: ``(nabla_b, nabla_w)``, lists of arrays
   shaped like ``biases`` and ``weights``: the gradient of C for this example.
3. ``essay()`` (written part, graded by hand): derive delta^L, dC/dw^L_jk and
   dC/db^L_j from the chain rule, and say whether the output layer suffers a
   learning slowdown, and why.

隐藏层为 sigmoid、输出层为线性的网络:a^L = z^L = w^L a^(L-1) + b^L,用二次代价
C = (1/2) ||a^L - y||^2 训练。说明输出误差 delta^L 和输出层的梯度变成什么,以及这对学习
变慢意味着什么。``weights[i]`` 的形状为 (n_(i+1), n_i),``biases[i]`` 的形状为
(n_(i+1), 1);``x`` 和 ``y`` 是列向量。

1. ``feedforward(weights, biases, x)``:输出 a^L。
2. ``backprop(weights, biases, x, y)``:``(nabla_b, nabla_w)``,与 ``biases`` 和 ``weights``
   形状相同的数组列表:该样本上 C 的梯度。
3. ``essay()``(文字部分,人工评分):用链式法则推导 delta^L、dC/dw^L_jk 和 dC/db^L_j,
   并说明输出层是否会学习变慢,为什么。
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def feedforward(weights, biases, x):
    """Output of the network: sigmoid hidden layers, linear last layer."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your derivation in words and formulas (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def backprop(weights, biases, x, y):
    """(nabla_b, nabla_w) of C = ||a^L - y||^2 / 2 for one example."""
    # YOUR CODE HERE
    raise NotImplementedError()
