"""A 784-10 network with no hidden layer  ·  没有隐藏层的 784-10 网络

Book: chapter 1, section 1.6, the exercise after the first MNIST results.

Connect the 784 input pixels straight to the 10 output neurons (sigmoid
outputs, quadratic cost), train with mini-batch SGD as in ch1.network, and see
how much the hidden layer was worth.

- ``layer_sizes()``: the list of layer sizes of this network.
- ``train(weights, biases, training_data, epochs, mini_batch_size, eta)``:
  start from the given parameters (lists with one array per layer:
  ``weights[0]`` of shape (10, 784), ``biases[0]`` of shape (10, 1)), run
  ``epochs`` epochs of SGD (shuffle with ``random.shuffle`` every epoch, cut
  into mini-batches of ``mini_batch_size``, the last one possibly shorter, and
  step -(eta / m) times the summed gradient of each mini-batch, m being the
  number of pairs in it) and return the trained
  ``(weights, biases)`` as lists of arrays.  ``training_data`` is a list of
  (x, y): x a (784, 1) column in [0, 1], y a (10, 1) one-hot column.
- ``reported_accuracy()``: the test accuracy in percent that your own run of
  this 784-10 network reached (for example 30 epochs on the 50,000 training
  digits, eta = 3.0, mini-batches of 10, weights and biases drawn from
  N(0, 1)); a number such as 87.5, between 0 and 100.

You may copy code from your ch1/network.py.

把 784 个输入像素直接连到 10 个输出神经元(sigmoid 输出,二次代价),像
ch1.network 那样用小批量随机梯度下降训练,看看隐藏层到底值多少。

- ``layer_sizes()``:这个网络各层的大小列表。
- ``train(weights, biases, training_data, epochs, mini_batch_size, eta)``:从给定的
  参数出发(每层一个数组的列表:``weights[0]`` 形状为 (10, 784),``biases[0]`` 形状
  为 (10, 1)),运行 ``epochs`` 个 epoch 的随机梯度下降(每个 epoch 用
  ``random.shuffle`` 打乱,切成大小为 ``mini_batch_size`` 的小批量,最后一批可以较短;
  每一批移动 -(eta / m) 乘以该批梯度之和,m 是这一批中的样本对数),并以数组列表的
  形式返回训练后的 ``(weights, biases)``。``training_data`` 是 (x, y) 的列表:x 是取值
  在 [0, 1] 的 (784, 1) 列向量,y 是 (10, 1) 的独热列向量。
- ``reported_accuracy()``:你自己运行这个 784-10 网络在测试集上得到的准确率(百分数,
  例如在 50,000 个训练数字上训练 30 个 epoch,eta = 3.0,小批量大小 10,权重和偏置
  从 N(0, 1) 抽取);是一个介于 0 和 100 之间的数,例如 87.5。

可以从你的 ch1/network.py 中复制代码。
"""
import random

import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def layer_sizes():
    """The sizes of the layers, input first."""
    # YOUR CODE HERE
    raise NotImplementedError()


def train(weights, biases, training_data, epochs, mini_batch_size, eta):
    """SGD from the given parameters; returns ``(weights, biases)``."""
    # YOUR CODE HERE
    raise NotImplementedError()


def reported_accuracy():
    """Your run's accuracy on the 10,000 test digits, in percent."""
    # YOUR CODE HERE
    raise NotImplementedError()
