"""The Hadamard product  ·  Hadamard 乘积

Book: chapter 2, section 2.3 (The Hadamard product, s (.) t).

The Hadamard (element-wise) product of two vectors of the same shape is the
vector of products of their entries: (s (.) t)_j = s_j t_j.  It is the same
as multiplying t by the diagonal matrix diag(s).

- ``hadamard(s, t)``: s (.) t for two NumPy arrays of the same shape, with that
  shape.  Refuse (raise ValueError) when the shapes differ: NumPy would
  silently broadcast a (3, 1) column and a (1, 3) row into a 3x3 matrix.
- ``diag_matrix(s)``: the square matrix with the entries of the vector ``s``
  on its diagonal, so that ``diag_matrix(s) @ t`` equals ``hadamard(s, t)``
  for a column ``t``.
"""
import numpy as np


def hadamard(s, t):
    """Element-wise product of two arrays of the same shape."""
    # YOUR CODE HERE
    raise NotImplementedError()


def diag_matrix(s):
    """The (n, n) diagonal matrix with the n entries of ``s`` on its diagonal."""
    # YOUR CODE HERE
    raise NotImplementedError()
