"""The derivative of the sigmoid  ·  sigmoid 函数的导数

Book: chapter 3, section 3.1 (the cross-entropy cost function).

Show that sigma'(z) = sigma(z) (1 - sigma(z)), where sigma(z) = 1 / (1 + e^(-z)).

1. ``sigmoid_prime_in_s(s)``: given a sympy symbol ``s`` that stands for
   sigma(z), return sigma'(z) as a sympy expression in ``s`` alone (no z).
2. ``sigmoid(z)`` and ``sigmoid_prime(z)``: NumPy versions that work
   element-wise on arrays and stay finite (no NaN, no inf) even at z = +-1000.
"""
import numpy as np
import sympy as sp


def sigmoid_prime_in_s(s):
    """sigma'(z) written with s = sigma(z) only (a sympy expression in ``s``)."""
    ### BEGIN SOLUTION
    return s * (1 - s)
    ### END SOLUTION


def sigmoid(z):
    """sigma(z) element-wise for a NumPy array ``z``; finite for any finite z."""
    ### BEGIN SOLUTION
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))          # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    ### END SOLUTION


def sigmoid_prime(z):
    """sigma'(z) element-wise; finite at z = +-1000."""
    ### BEGIN SOLUTION
    s = sigmoid(z)
    return s * (1 - s)
    ### END SOLUTION
