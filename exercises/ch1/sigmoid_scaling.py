"""Scaling a perceptron network by c > 0  ·  感知机网络的权重和偏置同乘正常数

Book: chapter 1, section 1.2 (Sigmoid neurons), exercise "sigmoid neurons
simulating perceptrons, part I".

A network of perceptrons is given layer by layer: ``weights[l]`` is an array of
shape (n_out, n_in) whose row j holds the weights into neuron j, and
``biases[l]`` is a column of shape (n_out, 1).  An input ``x`` is a column of
shape (n_in, 1) holding 0s and 1s.  Each perceptron outputs 1 if w·x + b > 0 and
0 otherwise (exactly 0 gives 0), and each layer's outputs feed the next layer.

Claim: multiplying every weight and every bias by the same constant c > 0 does
not change what the network outputs, for any input.
"""
import numpy as np


def perceptron_network(weights, biases, x):
    """Output column (0s and 1s) of the perceptron network on the input column ``x``."""
    # YOUR CODE HERE
    raise NotImplementedError()


def scale_network(weights, biases, c):
    """Return ``(weights, biases)`` with every weight and every bias multiplied by ``c``."""
    # YOUR CODE HERE
    raise NotImplementedError()


def scaling_keeps_behaviour(c):
    """True if scaling every weight and bias by the number ``c`` keeps every
    perceptron network's output the same for every input, else False."""
    # YOUR CODE HERE
    raise NotImplementedError()


def why():
    """In a few sentences: why does scaling by c > 0 leave the network's output unchanged?"""
    # YOUR CODE HERE
    raise NotImplementedError()
