"""Backpropagation with linear neurons  ·  线性神经元的反向传播

Book: chapter 2, section 2.6 (The backpropagation algorithm), exercise.

Suppose the sigmoid is replaced by the identity, sigma(z) = z, in every
neuron of the network.  Rewrite the backpropagation algorithm for this case:
work out what the four equations become, and implement them.

- ``backprop_linear(weights, biases, x, y)``: ``(nabla_b, nabla_w)`` of the
  quadratic cost C = ||a^L - y||^2 / 2 for one example, lists shaped like
  ``biases`` and ``weights``.
- ``collapse(weights, biases)``: a network of linear neurons computes a single
  affine map; return ``(W, b)`` with W x + b equal to the network's output
  for every input x.
Columns are (n, 1) arrays; w^l has shape (n_l, n_{l-1}); ``weights`` is
[w^2, ..., w^L] (the input is layer 1, as in the book).

假设把网络中每个神经元的 sigmoid 都换成恒等函数 sigma(z) = z。为这种情况改写反向
传播算法:推出四个基本方程变成什么样,并实现它们。
- ``backprop_linear(weights, biases, x, y)``:单个样本的二次代价
  C = ||a^L - y||^2 / 2 的 ``(nabla_b, nabla_w)``,形状与 ``biases``、``weights`` 相同。
- ``collapse(weights, biases)``:线性神经元组成的网络计算的是一个仿射映射;返回
  ``(W, b)``,使得对每个输入 x,W x + b 都等于网络的输出。
列向量是 (n, 1) 数组;w^l 的形状是 (n_l, n_{l-1});``weights`` 是 [w^2, ..., w^L]
(与书中一样,输入是第 1 层)。
"""
import numpy as np


def backprop_linear(weights, biases, x, y):
    """Gradient of the quadratic cost of a network of linear neurons."""
    # YOUR CODE HERE
    raise NotImplementedError()


def collapse(weights, biases):
    """``(W, b)``: the single affine map the linear network computes."""
    # YOUR CODE HERE
    raise NotImplementedError()
