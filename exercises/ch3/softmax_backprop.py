"""Backpropagation with softmax and the log-likelihood  ·  softmax 与对数似然的反向传播

Book: chapter 3, section 3.1 (softmax), equation (84).

A network with sigmoid hidden layers and a softmax output layer, trained with
the log-likelihood cost C = -ln a^L_y (y one-hot: C = -sum_j y_j ln a^L_j).
Its output error is delta^L = a^L - y, and from there backpropagation runs as
usual through the sigmoid layers.

``weights[i]`` has shape (n_(i+1), n_i), ``biases[i]`` shape (n_(i+1), 1);
``x`` is a column vector and ``y`` a one-hot column vector.

1. ``softmax(z)``: softmax of a column vector, without overflow.
2. ``loglik_cost(a, y)``: the log-likelihood cost of output ``a``.
3. ``backprop(weights, biases, x, y)``: ``(nabla_b, nabla_w)``, lists shaped
   like ``biases`` and ``weights``: the gradient of the cost for this example.
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def softmax(z):
    """Softmax of a column vector."""
    # YOUR CODE HERE
    raise NotImplementedError()


def loglik_cost(a, y):
    """-sum_j y_j ln a_j for a one-hot y."""
    # YOUR CODE HERE
    raise NotImplementedError()


def backprop(weights, biases, x, y):
    """(nabla_b, nabla_w) of the log-likelihood cost for one example."""
    # YOUR CODE HERE
    raise NotImplementedError()
