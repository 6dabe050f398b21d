"""The rectified linear neuron  ·  修正线性神经元(ReLU)

Book: chapter 3, section 3.6 (other models of artificial neuron).

A rectified linear unit outputs max(0, z).  Its derivative is 1 for z > 0 and
0 for z < 0; at z = 0 it is not defined, and here we take it to be 0.

1. ``relu(z)`` and ``relu_prime(z)``: elementwise, for NumPy arrays.
2. ``backprop(weights, biases, x, y)``: the gradient (nabla_b, nabla_w) of the
   cross-entropy cost for one example (x a column, y a one-hot column) in a
   network whose hidden layers are ReLU neurons and whose output layer is
   sigmoid (so the output error is a - y).  ``weights`` and ``biases`` are
   lists of arrays as in network2; return two lists of the same shapes.
"""
import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))


def relu(z):
    """max(0, z), elementwise."""
    # YOUR CODE HERE
    raise NotImplementedError()


def relu_prime(z):
    """1 where z > 0, else 0 (0 at z = 0)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def backprop(weights, biases, x, y):
    """(nabla_b, nabla_w) for ReLU hidden layers, a sigmoid output and the cross-entropy."""
    # YOUR CODE HERE
    raise NotImplementedError()
