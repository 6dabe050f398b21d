"""The chapter 1 network, trained on real MNIST  ·  第一章的网络:在真实 MNIST 上训练

Book: chapter 1, section 1.6 (Implementing our network to classify digits).

Build a fully connected network of sigmoid neurons and train it with
mini-batch stochastic gradient descent on the quadratic cost
C_x = ||a^L(x) - y(x)||^2 / 2.

- ``Network(sizes)``: ``sizes`` lists the neurons per layer, e.g. [784, 30, 10].
  Keep ``num_layers``, ``sizes``, ``biases`` (one (n, 1) column per non-input
  layer) and ``weights`` (one (n_out, n_in) matrix per pair of layers), all
  drawn from a standard normal distribution with ``np.random``.
- ``feedforward(a)``: the output for an input column ``a`` of shape (n_in, 1),
  applying a <- sigmoid(w a + b) layer by layer.
- ``SGD(training_data, epochs, mini_batch_size, eta, test_data=None)``: each
  epoch, shuffle the list of (x, y) pairs with ``random.shuffle``, cut it into
  mini-batches of ``mini_batch_size`` pairs (the last one may be shorter) and
  make one ``update_mini_batch`` step on each; with ``test_data``, print
  "Epoch j: correct / total" after each epoch (e.g. "Epoch 0: 9129 / 10000")
  and return the list of those correct counts, one per epoch.
- ``update_mini_batch(mini_batch, eta)``: one gradient step,
  w <- w - (eta / m) * (sum of dC_x/dw over the m pairs), and the same for b;
  m is the number of pairs in that mini-batch.
- ``backprop(x, y)``: ``(nabla_b, nabla_w)``, the gradient of C_x, as lists
  shaped like ``biases`` and ``weights`` (use the equations BP1-BP4).
- ``evaluate(test_data)``: how many (x, label) pairs the network gets right,
  where its answer is the index of the most active output neuron and
  ``label`` is an int.
- ``cost_derivative(output_activations, y)``: dC_x/da for the output layer.
- ``sigmoid(z)`` and ``sigmoid_prime(z)``: element-wise, for arrays; they
  must not overflow or give NaN for large |z| (try z = +-1000).

Training data: x is a (784, 1) column of pixel values in [0, 1] and y a
(10, 1) one-hot column; test data pairs x with the digit as an int.  Any
correct style passes: a loop over the examples as in the book, or whole
mini-batches as matrices.

搭建一个由 sigmoid 神经元组成的全连接网络,用小批量随机梯度下降在二次代价
C_x = ||a^L(x) - y(x)||^2 / 2 上训练它。

- ``Network(sizes)``:``sizes`` 列出每层的神经元数,例如 [784, 30, 10]。保存
  ``num_layers``、``sizes``、``biases``(每个非输入层一个 (n, 1) 列向量)和
  ``weights``(每对相邻层一个 (n_out, n_in) 矩阵),都用 ``np.random`` 从标准正态
  分布中抽取。
- ``feedforward(a)``:形状为 (n_in, 1) 的输入列向量 ``a`` 的输出,逐层计算
  a <- sigmoid(w a + b)。
- ``SGD(training_data, epochs, mini_batch_size, eta, test_data=None)``:每个 epoch
  用 ``random.shuffle`` 打乱 (x, y) 列表,切成每批 ``mini_batch_size`` 对的小批量
  (最后一批可以较短),对每一批做一次 ``update_mini_batch``;给了 ``test_data`` 时,
  每个 epoch 结束后打印 "Epoch j: correct / total"(例如 "Epoch 0: 9129 / 10000"),
  并返回这些正确个数组成的列表,每个 epoch 一个。
- ``update_mini_batch(mini_batch, eta)``:一步梯度下降,
  w <- w - (eta / m) * (m 对样本的 dC_x/dw 之和),b 同理;m 是这一小批中的样本对数。
- ``backprop(x, y)``:``(nabla_b, nabla_w)``,即 C_x 的梯度,形状分别与 ``biases``
  和 ``weights`` 相同的列表(使用方程 BP1-BP4)。
- ``evaluate(test_data)``:网络答对了多少对 (x, label);网络的答案是激活值最大的
  输出神经元的下标,``label`` 是整数。
- ``cost_derivative(output_activations, y)``:输出层的 dC_x/da。
- ``sigmoid(z)`` 和 ``sigmoid_prime(z)``:对数组逐元素计算;|z| 很大时不得溢出,
  也不得给出 NaN(试试 z = +-1000)。

训练数据:x 是取值在 [0, 1] 的 (784, 1) 像素列向量,y 是 (10, 1) 的独热列向量;
测试数据中 x 与整数形式的数字配对。任何正确的写法都能通过:像书中那样逐个样本循环,
或把整个小批量当作矩阵处理。
"""
import random

import numpy as np


class Network:

    def __init__(self, sizes):
        # YOUR CODE HERE
        raise NotImplementedError()

    def feedforward(self, a):
        """The output layer's activations for the input column ``a``."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def SGD(self, training_data, epochs, mini_batch_size, eta, test_data=None):
        """Train with mini-batch stochastic gradient descent; with ``test_data``, returns the list of
        correct counts, one per epoch."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def update_mini_batch(self, mini_batch, eta):
        """One step of gradient descent on the pairs (x, y) in ``mini_batch``."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def backprop(self, x, y):
        """``(nabla_b, nabla_w)``: the gradient of C_x for one pair (x, y)."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def evaluate(self, test_data):
        """The number of pairs (x, label) whose most active output is ``label``."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def cost_derivative(self, output_activations, y):
        """dC_x/da for the quadratic cost."""
        # YOUR CODE HERE
        raise NotImplementedError()


def sigmoid(z):
    """1 / (1 + e^-z), element-wise, without overflow for large |z|."""
    # YOUR CODE HERE
    raise NotImplementedError()


def sigmoid_prime(z):
    """The derivative of the sigmoid, element-wise."""
    # YOUR CODE HERE
    raise NotImplementedError()
