"""BP1 and BP2 in matrix form, with Sigma'(z)  ·  用 Sigma'(z) 写出矩阵形式的 BP1 与 BP2

Book: chapter 2, section 2.4 (The four fundamental equations), problem
"Alternate presentation of the equations of backpropagation".

Let Sigma'(z) = diag(sigma'(z)) be the square matrix with sigma'(z_j) on its
diagonal and zeros elsewhere.  Then the Hadamard products of BP1 and BP2
become ordinary matrix products:

    delta^L = Sigma'(z^L) grad_a C
    delta^l = Sigma'(z^l) (w^{l+1})^T delta^{l+1}

and, putting them together,

    delta^l = Sigma'(z^l) (w^{l+1})^T Sigma'(z^{l+1}) (w^{l+2})^T ... Sigma'(z^L) grad_a C.

Columns are (n, 1) NumPy arrays, w^l has shape (n_l, n_{l-1}), sigma is the
sigmoid.  ``weights = [w^1, ..., w^L]`` and ``zs = [z^1, ..., z^L]``.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def sigma_prime_matrix(z):
    """Sigma'(z): the (n, n) diagonal matrix of sigma'(z) for an (n, 1) column z."""
    # YOUR CODE HERE
    raise NotImplementedError()


def output_error(z_L, grad_a):
    """delta^L = Sigma'(z^L) grad_a C, as an (n_L, 1) column (no Hadamard product)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def hidden_error(w_next, delta_next, z):
    """delta^l = Sigma'(z^l) (w^{l+1})^T delta^{l+1}, as an (n_l, 1) column."""
    # YOUR CODE HERE
    raise NotImplementedError()


def all_deltas(weights, zs, grad_a):
    """[delta^1, ..., delta^L], each from the combined product formula.

    delta^l is the product Sigma'(z^l) (w^{l+1})^T ... Sigma'(z^L) applied to grad_a C.
    """
    # YOUR CODE HERE
    raise NotImplementedError()
