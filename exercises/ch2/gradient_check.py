"""Gradient checking by finite differences, and why backpropagation is fast  ·  有限差分梯度检验,以及反向传播为何快

Book: chapter 2, section 2.8 (In what sense is backpropagation a fast algorithm?).

The obvious way to get the gradient is to nudge each parameter p in turn and
watch the cost: dC/dp ~ (C(p + eps) - C(p)) / eps.  How many times must the
cost be computed (each a forward pass through the network), compared with
backpropagation's one forward and one backward pass?

- ``quadratic_cost(weights, biases, x, y)``: C = ||a^L - y||^2 / 2 of a
  sigmoid network for one example (a float).
- ``finite_difference_gradient(weights, biases, x, y, eps)``: ``(nabla_b,
  nabla_w)`` by FORWARD differences with this eps, computing every cost with
  ``quadratic_cost``, the cost at the unperturbed parameters only once.
  Leave the parameters as you found them.
- ``cost_evaluations(sizes)``: how many times that method calls
  ``quadratic_cost`` for a network with layer sizes ``sizes``, e.g.
  [784, 30, 10] (the input layer first: it is layer 1 in the book).
Columns are (n, 1) arrays; w^l has shape (n_l, n_{l-1}).

求梯度最直接的方法是依次微调每个参数 p 并观察代价:
dC/dp ~ (C(p + eps) - C(p)) / eps。代价(每次是一遍前向计算)要算多少次?与反向
传播的一次前向、一次反向计算相比如何?
- ``quadratic_cost(weights, biases, x, y)``:sigmoid 网络对单个样本的代价
  C = ||a^L - y||^2 / 2(浮点数)。
- ``finite_difference_gradient(weights, biases, x, y, eps)``:用这个 eps 的**前向**
  差分求 ``(nabla_b, nabla_w)``,每个代价都用 ``quadratic_cost`` 计算,未扰动参数处的
  代价只算一次。结束时参数保持原样。
- ``cost_evaluations(sizes)``:对层大小为 ``sizes``(如 [784, 30, 10],输入层在前,
  即书中的第 1 层)的网络,该方法调用 ``quadratic_cost`` 的次数。
列向量是 (n, 1) 数组;w^l 的形状是 (n_l, n_{l-1})。
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def quadratic_cost(weights, biases, x, y):
    """The quadratic cost of one example."""
    # YOUR CODE HERE
    raise NotImplementedError()


def finite_difference_gradient(weights, biases, x, y, eps):
    """Forward-difference estimate of the gradient, shaped like (biases, weights)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def cost_evaluations(sizes):
    """Cost evaluations of ``finite_difference_gradient`` for layer sizes ``sizes``."""
    # YOUR CODE HERE
    raise NotImplementedError()
