"""Sigmoid neurons that act like perceptrons as c grows  ·  c 趋于无穷时 sigmoid 神经元趋近感知机

Book: chapter 1, section 1.2 (Sigmoid neurons), exercise "sigmoid neurons
simulating perceptrons, part II".

Take a perceptron network (``weights[l]`` of shape (n_out, n_in), ``biases[l]``
columns of shape (n_out, 1), input column ``x``), replace every perceptron by a
sigmoid neuron and multiply every weight and bias by c > 0.  The book asks:
suppose no perceptron ever sees a weighted input w·x + b of exactly 0; show that
as c -> infinity the sigmoid network behaves exactly like the perceptron
network.  And how does this fail when some perceptron has w·x + b = 0?

Write the scaled sigmoid network, the limit of sigma(c z) as c -> infinity for a
number z, and answer the second question in ``what_fails``.
sigma(z) = 1 / (1 + exp(-z)).

把一个感知机网络(``weights[l]`` 形状为 (n_out, n_in),``biases[l]`` 是形状为
(n_out, 1) 的列向量,输入为列向量 ``x``)中的每个感知机换成 sigmoid 神经元,并把
所有权重和偏置都乘以 c > 0。书中问:假设没有任何感知机的加权输入 w·x + b 恰好为 0,
证明当 c -> 无穷 时 sigmoid 网络的行为与感知机网络完全相同;当某个感知机的
w·x + b = 0 时,这个结论又怎样失效?

请写出缩放后的 sigmoid 网络、c -> 无穷 时 sigma(c z) 的极限(z 为一个数),并在
``what_fails`` 中回答第二个问题。sigma(z) = 1 / (1 + exp(-z))。
"""
import numpy as np


def sigmoid(z):
    """The sigmoid function, element-wise; it must not return NaN for large |z|."""
    ### BEGIN SOLUTION
    z = np.asarray(z, dtype=float)
    return np.exp(-np.logaddexp(0.0, -z))
    ### END SOLUTION


def sigmoid_network(weights, biases, x, c):
    """Output column of the network of sigmoid neurons whose weights and biases
    are those given, all multiplied by ``c``, on the input column ``x``."""
    ### BEGIN SOLUTION
    a = np.asarray(x, dtype=float)
    for w, b in zip(weights, biases):
        a = sigmoid(c * (np.dot(w, a) + b))
    return a
    ### END SOLUTION


def limit_output(z):
    """The limit of sigma(c * z) as c -> infinity, for a number ``z``."""
    ### BEGIN SOLUTION
    if z > 0:
        return 1.0
    if z < 0:
        return 0.0
    return 0.5
    ### END SOLUTION


def what_fails():
    """In a few sentences: what goes wrong when some perceptron has w·x + b = 0?"""
    ### BEGIN SOLUTION
    return """If a unit's weighted input z is exactly 0, scaling does nothing to it:
c*z = 0 for every c, so the sigmoid neuron outputs sigma(0) = 1/2 however large c
is, while the perceptron outputs 0.  That unit never settles on 0 or 1, and the
1/2 it sends on changes the weighted inputs of the next layer, which can then
land on the other side of 0 and flip the network's output.  So the sigmoid
network need not approach the perceptron network's behaviour."""
    ### END SOLUTION
