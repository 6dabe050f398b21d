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
    ### BEGIN SOLUTION
    e = np.exp(z - np.max(z))
    return e / np.sum(e)
    ### END SOLUTION


def loglik_cost(a, y):
    """-sum_j y_j ln a_j for a one-hot y."""
    ### BEGIN SOLUTION
    return float(-np.sum(y * np.log(a)))
    ### END SOLUTION


def backprop(weights, biases, x, y):
    """(nabla_b, nabla_w) of the log-likelihood cost for one example."""
    ### BEGIN SOLUTION
    activations, zs = [x], []
    a = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = w @ a + b
        zs.append(z)
        a = softmax(z) if i == len(weights) - 1 else _sigmoid(z)
        activations.append(a)
    delta = activations[-1] - y
    nabla_b = [None] * len(weights)
    nabla_w = [None] * len(weights)
    nabla_b[-1], nabla_w[-1] = delta, delta @ activations[-2].T
    for l in range(2, len(weights) + 1):
        s = _sigmoid(zs[-l])
        delta = (weights[-l + 1].T @ delta) * s * (1 - s)
        nabla_b[-l], nabla_w[-l] = delta, delta @ activations[-l - 1].T
    return nabla_b, nabla_w
    ### END SOLUTION
