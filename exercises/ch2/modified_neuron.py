"""Backpropagation with one modified neuron  ·  含一个修改过的神经元的反向传播

Book: chapter 2, section 2.6 (The backpropagation algorithm), exercise.

Suppose a few neurons of an otherwise sigmoid network are modified: neuron j
of layer l outputs f(z^l_j) for some other function f, instead of
sigma(z^l_j).  How must the backpropagation algorithm change?  Work it out
from the four equations, then implement it.

``backprop(weights, biases, x, y, custom)``: the gradient ``(nabla_b, nabla_w)``
of the quadratic cost C = ||a^L - y||^2 / 2 for one example (lists shaped like
``biases`` and ``weights``).  ``custom`` maps ``(l, j)`` to a pair of
functions ``(f, fprime)`` (f' = fprime) that take and return floats.  Layers
are numbered as in the book: layer 1 is the input layer, so ``l`` runs from 2
(the first layer after the input, whose weights are ``weights[0]`` = w^2) to
L (the output layer), and ``j`` is the neuron's row in that layer.
Columns are (n, 1) arrays; w^l has shape (n_l, n_{l-1}).

假设在一个其余都是 sigmoid 的网络中修改了几个神经元:第 l 层的神经元 j 输出
f(z^l_j)(f 是另一个函数),而不是 sigma(z^l_j)。反向传播算法应当怎样改变?从四个
基本方程推出来,再实现它。
``backprop(weights, biases, x, y, custom)`` 返回单个样本的二次代价
C = ||a^L - y||^2 / 2 的梯度 ``(nabla_b, nabla_w)``(形状与 ``biases``、``weights``
相同)。``custom`` 把 ``(l, j)`` 映射到一对函数 ``(f, fprime)``(f' = fprime),输入
输出都是浮点数。层的编号与书中相同:第 1 层是输入层,所以 ``l`` 从 2(输入之后的
第一层,其权重是 ``weights[0]`` = w^2)到 L(输出层),``j`` 是该神经元在层中的行号。
列向量是 (n, 1) 数组;w^l 的形状是 (n_l, n_{l-1})。
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def backprop(weights, biases, x, y, custom):
    """Gradient of the quadratic cost with the neurons in ``custom`` using their own f."""
    # YOUR CODE HERE
    raise NotImplementedError()
