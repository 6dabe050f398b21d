"""Backpropagation with softmax and the log-likelihood  ·  softmax 与对数似然的反向传播

Book: chapter 3, section 3.1 (softmax), equation (84).

A network with sigmoid hidden layers and a softmax output layer, trained with
the log-likelihood cost C = -ln a^L_y (y one-hot: C = -sum_j y_j ln a^L_j).
Show what its output error delta^L is; from there backpropagation runs as
usual through the sigmoid layers.

``weights[i]`` has shape (n_(i+1), n_i), ``biases[i]`` shape (n_(i+1), 1);
``x`` is a column vector and ``y`` a one-hot column vector.

1. ``softmax(z)``: softmax of a column vector, without overflow (finite even
   when entries of z are in the thousands).
2. ``loglik_cost(a, y)``: the log-likelihood cost of output ``a``.
3. ``backprop(weights, biases, x, y)``: ``(nabla_b, nabla_w)``, lists shaped
   like ``biases`` and ``weights``: the gradient of the cost for this example.
4. ``essay()`` (written part, graded by hand): derive delta^L_j = dC/dz^L_j for
   the softmax layer with the log-likelihood, from the chain rule through
   every output a^L_k (each depends on every z^L_j), and say where the
   one-hot y is used.

隐藏层为 sigmoid、输出层为 softmax 的网络,用对数似然代价 C = -ln a^L_y 训练(y 为 one-hot
时 C = -sum_j y_j ln a^L_j)。说明其输出误差 delta^L 是什么;从那里起,反向传播照常穿过
sigmoid 层。``weights[i]`` 的形状为 (n_(i+1), n_i),``biases[i]`` 的形状为 (n_(i+1), 1);
``x`` 是列向量,``y`` 是 one-hot 列向量。

1. ``softmax(z)``:列向量的 softmax,不得溢出(z 的分量很大时也是有限值)。
2. ``loglik_cost(a, y)``:输出 ``a`` 的对数似然代价。
3. ``backprop(weights, biases, x, y)``:``(nabla_b, nabla_w)``,与 ``biases`` 和
   ``weights`` 形状相同的列表:该样本上代价的梯度。
4. ``essay()``(文字部分,人工评分):对使用对数似然的 softmax 层,用链式法则(经过每个输出
   a^L_k,每个 a^L_k 都依赖于每个 z^L_j)推导 delta^L_j = dC/dz^L_j,并说明在哪里用到了
   y 是 one-hot。
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def softmax(z):
    """Softmax of a column vector."""
    # YOUR CODE HERE
    raise NotImplementedError()


def loglik_cost(a, y):
    """-sum_j y_j ln a_j for a one-hot y."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your derivation in words and formulas (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def backprop(weights, biases, x, y):
    """(nabla_b, nabla_w) of the log-likelihood cost for one example."""
    # YOUR CODE HERE
    raise NotImplementedError()
