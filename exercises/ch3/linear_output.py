"""Quadratic cost with a linear output layer  ·  线性输出神经元与二次代价

Book: chapter 3, section 3.1 (introducing the cross-entropy), equations (68)-(70).

A network whose hidden layers are sigmoid but whose output layer is linear:
a^L = z^L = w^L a^(L-1) + b^L.  With the quadratic cost
C = (1/2) ||a^L - y||^2 the output error is delta^L = a^L - y (no sigma'
factor, so no learning slowdown at the output).

``weights[i]`` has shape (n_(i+1), n_i) and ``biases[i]`` shape (n_(i+1), 1);
``x`` and ``y`` are column vectors.

1. ``feedforward(weights, biases, x)``: the output a^L.
2. ``backprop(weights, biases, x, y)``: ``(nabla_b, nabla_w)``, lists of arrays
   shaped like ``biases`` and ``weights``: the gradient of C for this example.
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def feedforward(weights, biases, x):
    """Output of the network: sigmoid hidden layers, linear last layer."""
    # YOUR CODE HERE
    raise NotImplementedError()


def backprop(weights, biases, x, y):
    """(nabla_b, nabla_w) of C = ||a^L - y||^2 / 2 for one example."""
    # YOUR CODE HERE
    raise NotImplementedError()
