"""Inverting the softmax layer  ·  softmax 层的求逆

Book: chapter 3, section 3.1 (softmax).

From a_j = e^(z_j) / sum_k e^(z_k) it follows that z_j = ln a_j + C, where
the constant C is the same for every j.  So the activations give back the
weighted inputs, but only up to one additive constant.

1. ``log_normaliser(z)``: the constant C = ln sum_k e^(z_k) for a 1-d NumPy
   array ``z``; finite even for entries like 1000.
2. ``invert_softmax(a)``: some weighted inputs z (1-d array) whose softmax is
   ``a`` (a 1-d array of positive numbers adding up to 1).  Any valid z is
   accepted.
"""
import numpy as np


def log_normaliser(z):
    """ln sum_k e^(z_k), computed without overflow."""
    # YOUR CODE HERE
    raise NotImplementedError()


def invert_softmax(a):
    """Weighted inputs z with softmax(z) = a."""
    # YOUR CODE HERE
    raise NotImplementedError()
