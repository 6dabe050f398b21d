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
    ### BEGIN SOLUTION
    return np.maximum(0.0, np.asarray(z, dtype=float))
    ### END SOLUTION


def relu_prime(z):
    """1 where z > 0, else 0 (0 at z = 0)."""
    ### BEGIN SOLUTION
    return (np.asarray(z, dtype=float) > 0).astype(float)
    ### END SOLUTION


def backprop(weights, biases, x, y):
    """(nabla_b, nabla_w) for ReLU hidden layers, a sigmoid output and the cross-entropy."""
    ### BEGIN SOLUTION
    activation, activations, zs = x, [x], []
    for layer, (b, w) in enumerate(zip(biases, weights)):
        z = w @ activation + b
        zs.append(z)
        activation = sigmoid(z) if layer == len(weights) - 1 else relu(z)
        activations.append(activation)
    nabla_b = [None] * len(biases)
    nabla_w = [None] * len(weights)
    delta = activations[-1] - y
    for layer in range(len(weights) - 1, -1, -1):
        if layer < len(weights) - 1:
            delta = (weights[layer + 1].T @ delta) * relu_prime(zs[layer])
        nabla_b[layer] = delta
        nabla_w[layer] = delta @ activations[layer].T
    return nabla_b, nabla_w
    ### END SOLUTION
