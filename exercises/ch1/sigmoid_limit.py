"""Sigmoid neurons that act like perceptrons as c grows  ·  c 趋于无穷时 sigmoid 神经元趋近感知机

Book: chapter 1, section 1.2 (Sigmoid neurons), exercise "sigmoid neurons
simulating perceptrons, part II".

Take a perceptron network (``weights[l]`` of shape (n_out, n_in), ``biases[l]``
columns of shape (n_out, 1), input column ``x``), replace every perceptron by a
sigmoid neuron and multiply every weight and bias by c > 0.  If no perceptron
ever sees a weighted input z = w·x + b of exactly 0, then as c grows the sigmoid
network's output approaches the perceptron network's output: sigma(c z) tends to
1 for z > 0 and to 0 for z < 0.  When some z is exactly 0 this breaks down.

sigma(z) = 1 / (1 + exp(-z)).
"""
import numpy as np


def sigmoid(z):
    """The sigmoid function, element-wise; it must not return NaN for large |z|."""
    # YOUR CODE HERE
    raise NotImplementedError()


def sigmoid_network(weights, biases, x, c):
    """Output column of the network of sigmoid neurons whose weights and biases
    are those given, all multiplied by ``c``, on the input column ``x``."""
    # YOUR CODE HERE
    raise NotImplementedError()


def limit_output(z):
    """The limit of sigma(c * z) as c -> infinity, for a number ``z``."""
    # YOUR CODE HERE
    raise NotImplementedError()


def what_fails():
    """In a few sentences: what goes wrong when some perceptron has w·x + b = 0?"""
    # YOUR CODE HERE
    raise NotImplementedError()
