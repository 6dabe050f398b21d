"""Monotonicity of softmax  ·  softmax 的单调性

Book: chapter 3, section 3.1 (softmax), equation (78).

For a softmax layer a_j = e^(z_j) / sum_k e^(z_k), show that da_j/dz_k is
positive when j = k and negative when j != k: raising one weighted input
raises its own activation and lowers all the others.

1. ``softmax(z)``: the activations for a 1-d NumPy array ``z``; finite even
   when the entries of z are large (say 1000).
2. ``softmax_jacobian(z)``: the matrix J with J[j, k] = da_j/dz_k.
3. ``jacobian_entry(a_j, a_k, same)``: da_j/dz_k as a sympy expression in the
   activations ``a_j`` and ``a_k`` (sympy symbols); ``same`` is True when
   j = k (then ``a_k`` is the same symbol as ``a_j``).
"""
import numpy as np
import sympy as sp


def softmax(z):
    """Softmax of a 1-d array, computed without overflow."""
    ### BEGIN SOLUTION
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum()
    ### END SOLUTION


def softmax_jacobian(z):
    """J[j, k] = da_j / dz_k."""
    ### BEGIN SOLUTION
    a = softmax(z)
    return np.diag(a) - np.outer(a, a)
    ### END SOLUTION


def jacobian_entry(a_j, a_k, same):
    """da_j/dz_k in terms of the activations (sympy)."""
    ### BEGIN SOLUTION
    return a_j * (1 - a_j) if same else -a_j * a_k
    ### END SOLUTION
