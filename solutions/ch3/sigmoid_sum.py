"""Sigmoid outputs need not sum to 1  ·  sigmoid 输出之和不一定为 1

Book: chapter 3, section 3.1 (softmax).

The activations of a softmax layer always add up to 1.  Show by an example
that those of a sigmoid output layer, a_j = sigma(z_j), need not.

1. ``sigmoid_layer(z)``: the activations of a sigmoid output layer for the
   weighted inputs ``z`` (a 1-d NumPy array).
2. ``example_z()``: a 1-d NumPy array of weighted inputs z for which the sigmoid
   activations do not sum to 1.
"""
import numpy as np


def sigmoid_layer(z):
    """sigma(z_j) for every j."""
    ### BEGIN SOLUTION
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
    ### END SOLUTION


def example_z():
    """Weighted inputs whose sigmoid activations do not add up to 1."""
    ### BEGIN SOLUTION
    return np.zeros(3)          # activations (1/2, 1/2, 1/2), sum 3/2
    ### END SOLUTION
