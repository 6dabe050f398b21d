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
    ### BEGIN SOLUTION
    return """\
Sigma'(z) is diagonal, so for any column t entry j of Sigma'(z) t is
sum_k Sigma'_jk t_k = sigma'(z_j) t_j: the off-diagonal zeros remove every other
term. Hence Sigma'(z) t = sigma'(z) (.) t (the Hadamard product is symmetric).
BP1 says delta^L = grad_a C (.) sigma'(z^L); with t = grad_a C this is
delta^L = Sigma'(z^L) grad_a C. BP2 says delta^l = ((w^{l+1})^T delta^{l+1}) (.) sigma'(z^l);
with t = (w^{l+1})^T delta^{l+1} this is delta^l = Sigma'(z^l) (w^{l+1})^T delta^{l+1}.
Combining: replace delta^{l+1} in BP2 by its own BP2 expression,
Sigma'(z^{l+1}) (w^{l+2})^T delta^{l+2}, and keep going down to delta^L, which
BP1 gives as Sigma'(z^L) grad_a C (induction on L - l). Matrix products are
associative but not commutative, so the factors stay in this order:
delta^l = Sigma'(z^l) (w^{l+1})^T Sigma'(z^{l+1}) ... (w^L)^T Sigma'(z^L) grad_a C."""
    ### END SOLUTION


def sigma_prime_matrix(z):
    """Sigma'(z): the (n, n) diagonal matrix of sigma'(z) for an (n, 1) column z."""
    ### BEGIN SOLUTION
    return np.diag(sigmoid_prime(np.asarray(z, dtype=float)).ravel())
    ### END SOLUTION


def output_error(z_L, grad_a):
    """delta^L = Sigma'(z^L) grad_a C, as an (n_L, 1) column."""
    ### BEGIN SOLUTION
    return sigma_prime_matrix(z_L) @ grad_a
    ### END SOLUTION


def hidden_error(w_next, delta_next, z):
    """delta^l = Sigma'(z^l) (w^{l+1})^T delta^{l+1}, as an (n_l, 1) column."""
    ### BEGIN SOLUTION
    return sigma_prime_matrix(z) @ w_next.T @ delta_next
    ### END SOLUTION


def all_deltas(weights, zs, grad_a):
    """[delta^2, ..., delta^L] (one per layer after the input), each from the combined product formula.

    delta^l is the product Sigma'(z^l) (w^{l+1})^T ... Sigma'(z^L) applied to grad_a C.
    """
    ### BEGIN SOLUTION
    n = len(weights)            # weights[i] is w^{i+2}, zs[i] is z^{i+2}
    deltas = []
    for i in range(n):
        m = sigma_prime_matrix(zs[i])
        for k in range(i + 1, n):
            m = m @ weights[k].T @ sigma_prime_matrix(zs[k])
        deltas.append(m @ grad_a)
    return deltas
    ### END SOLUTION
