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
    ### BEGIN SOLUTION
    a = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = w @ a + b
        a = z if i == len(weights) - 1 else _sigmoid(z)
    return a
    ### END SOLUTION


def backprop(weights, biases, x, y):
    """(nabla_b, nabla_w) of C = ||a^L - y||^2 / 2 for one example."""
    ### BEGIN SOLUTION
    activations, zs = [x], []
    a = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = w @ a + b
        zs.append(z)
        a = z if i == len(weights) - 1 else _sigmoid(z)
        activations.append(a)
    delta = activations[-1] - y                       # linear output: no sigma'
    nabla_b = [None] * len(weights)
    nabla_w = [None] * len(weights)
    nabla_b[-1], nabla_w[-1] = delta, delta @ activations[-2].T
    for l in range(2, len(weights) + 1):
        s = _sigmoid(zs[-l])
        delta = (weights[-l + 1].T @ delta) * s * (1 - s)
        nabla_b[-l], nabla_w[-l] = delta, delta @ activations[-l - 1].T
    return nabla_b, nabla_w
    ### END SOLUTION
