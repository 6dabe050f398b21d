"""BP1 and BP2 in matrix form, with Sigma'(z)  ·  用 Sigma'(z) 写出矩阵形式的 BP1 与 BP2

Book: chapter 2, section 2.4 (The four fundamental equations), problem
"Alternate presentation of the equations of backpropagation".

Let Sigma'(z) = diag(sigma'(z)) be the square matrix with sigma'(z_j) on its
diagonal and zeros elsewhere.  The book asks you to show that

    (BP1)  delta^L = Sigma'(z^L) grad_a C
    (BP2)  delta^l = Sigma'(z^l) (w^{l+1})^T delta^{l+1}

and, by combining them, that

    delta^l = Sigma'(z^l) (w^{l+1})^T Sigma'(z^{l+1}) (w^{l+2})^T ... Sigma'(z^L) grad_a C.

1. ``show()``: the argument, in words and formulas as text (graded by hand):
   why each Hadamard product of BP1 and BP2 can be written as a product with
   Sigma', and how the two equations combine into the formula for delta^l.
2. Then compute with these forms: ``sigma_prime_matrix``,
   ``output_error``, ``hidden_error`` and ``all_deltas`` below.

Layers are numbered as in the book: layer 1 is the input layer, so the first
weights are w^2.  Columns are (n, 1) NumPy arrays, w^l has shape
(n_l, n_{l-1}), sigma is the sigmoid.  ``weights = [w^2, ..., w^L]`` and
``zs = [z^2, ..., z^L]`` (Python index i holds layer i + 2).

设 Sigma'(z) = diag(sigma'(z)) 为对角线上是 sigma'(z_j)、其余为零的方阵。书中要求
证明上面的 BP1、BP2 两式,并把它们结合起来得到 delta^l 的连乘公式。
1. ``show()``:用文字和公式(文本)写出论证(人工评分):为什么 BP1 和 BP2 中的
   每个 Hadamard 乘积都可以写成与 Sigma' 的矩阵乘积,以及两式如何结合成 delta^l
   的公式。
2. 然后用这些形式计算:下面的 ``sigma_prime_matrix``、
   ``output_error``、``hidden_error`` 与 ``all_deltas``。
层的编号与书中相同:第 1 层是输入层,所以第一组权重是 w^2。列向量是 (n, 1) 的
NumPy 数组,w^l 的形状是 (n_l, n_{l-1}),sigma 是 sigmoid 函数。
``weights = [w^2, ..., w^L]``,``zs = [z^2, ..., z^L]``(Python 下标 i 对应第 i + 2 层)。
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def show():
    """Your argument as text (graded by hand): the two rewritten equations and their combination."""
    # YOUR CODE HERE
    raise NotImplementedError()


def sigma_prime_matrix(z):
    """Sigma'(z): the (n, n) diagonal matrix of sigma'(z) for an (n, 1) column z."""
    # YOUR CODE HERE
    raise NotImplementedError()


def output_error(z_L, grad_a):
    """delta^L = Sigma'(z^L) grad_a C, as an (n_L, 1) column."""
    # YOUR CODE HERE
    raise NotImplementedError()


def hidden_error(w_next, delta_next, z):
    """delta^l = Sigma'(z^l) (w^{l+1})^T delta^{l+1}, as an (n_l, 1) column."""
    # YOUR CODE HERE
    raise NotImplementedError()


def all_deltas(weights, zs, grad_a):
    """[delta^2, ..., delta^L] (one per layer after the input), each from the combined product formula.

    delta^l is the product Sigma'(z^l) (w^{l+1})^T ... Sigma'(z^L) applied to grad_a C.
    """
    # YOUR CODE HERE
    raise NotImplementedError()
