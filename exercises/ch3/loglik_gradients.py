"""The log-likelihood gradients of a softmax layer  ·  对数似然代价的梯度

Book: chapter 3, section 3.1 (softmax), equations (80)-(82).

A softmax output layer a = softmax(z), z = W x + b, with the log-likelihood
cost C = -ln a_y for the true class y.  Derive
    dC/db_j = a_j - [j = y]   and   dC/dW_jk = x_k (a_j - [j = y]),
where [j = y] is 1 when j = y and 0 otherwise.

1. ``dC_dz(z, y)``: ``z`` is a list of sympy symbols z_0 ... z_(n-1) and ``y``
   an int; return the list [dC/dz_j] as sympy expressions (any correct form).
2. ``gradients(W, b, x, y)``: NumPy arrays ``W`` (n, m), ``b`` (n, 1), ``x``
   (m, 1) and the int ``y``; return ``(nabla_b, nabla_w)`` shaped like b and W.
"""
import numpy as np
import sympy as sp


def dC_dz(z, y):
    """[dC/dz_j for each j] for C = -ln softmax(z)_y (sympy)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def gradients(W, b, x, y):
    """(nabla_b, nabla_w) of C = -ln a_y for one example."""
    # YOUR CODE HERE
    raise NotImplementedError()
