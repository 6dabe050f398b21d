"""Fully matrix-based backpropagation over a mini-batch  ·  基于矩阵的整批反向传播

Book: chapter 2, section 2.7 (The code for backpropagation), problem.

The book's update loops over the m examples of a mini-batch, one
backpropagation each.  Instead, put the examples side by side as the columns
of X (n_in x m) and Y (n_out x m), and work out a single forward pass and a
single backward pass that handle all m examples at once with matrix
operations: what the weighted inputs, the errors and the two gradients become
when every column is an example.  Then implement it.

Sigmoid neurons, quadratic cost C_x = ||a^L(x) - y(x)||^2 / 2; ``weights`` is
[w^2, ..., w^L] (the input is layer 1, as in the book).

- ``backprop_matrix(weights, biases, X, Y)``: ``(nabla_b, nabla_w)``, the SUMS
  over the m examples of the per-example gradients dC_x/db^l and dC_x/dw^l,
  shaped like ``biases`` ((n, 1) columns) and ``weights``.
- ``update_mini_batch(weights, biases, X, Y, eta)``: one gradient-descent step,
  w <- w - (eta / m) * sum of dC_x/dw (the same for b).  Return
  ``(new_weights, new_biases)``; it must give exactly the update of the
  book's per-example loop.
The checks test the results against the per-example loop (m = 1 and larger
batches); they do not time your code.

书中的更新对小批量中的 m 个样本逐个循环,每个样本做一次反向传播。改为把样本并排
作为 X (n_in x m) 和 Y (n_out x m) 的列,推出一次前向计算和一次反向计算,用矩阵
运算同时处理全部 m 个样本:当每一列是一个样本时,带权输入、误差和两个梯度各变成
什么。然后实现它。
sigmoid 神经元,二次代价 C_x = ||a^L(x) - y(x)||^2 / 2;``weights`` 是
[w^2, ..., w^L](与书中一样,输入是第 1 层)。
- ``backprop_matrix(weights, biases, X, Y)``:``(nabla_b, nabla_w)``,即各样本梯度
  dC_x/db^l、dC_x/dw^l 对 m 个样本的**总和**,形状与 ``biases``((n, 1) 列向量)和
  ``weights`` 相同。
- ``update_mini_batch(weights, biases, X, Y, eta)``:一步梯度下降,
  w <- w - (eta / m) * dC_x/dw 之和(b 同理)。返回 ``(new_weights, new_biases)``;
  结果必须与书中逐个样本循环的更新完全相同。
检查把结果与逐个样本的循环比较(m = 1 和更大的批量);不计时。
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def backprop_matrix(weights, biases, X, Y):
    """Summed gradients of the mini-batch whose examples are the columns of X, Y."""
    # YOUR CODE HERE
    raise NotImplementedError()


def update_mini_batch(weights, biases, X, Y, eta):
    """``(new_weights, new_biases)`` after one step on the mini-batch (X, Y)."""
    # YOUR CODE HERE
    raise NotImplementedError()
