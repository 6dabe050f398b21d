"""Backpropagation with one modified neuron  ·  含一个修改过的神经元的反向传播

Book: chapter 2, section 2.6 (The backpropagation algorithm), exercise.

In an otherwise sigmoid network, a few neurons use another activation
function f: neuron j of layer l outputs f(z^l_j) instead of sigma(z^l_j).
Only that neuron changes: in the forward pass its activation is f(z^l_j),
and in the backward pass (BP1 if it is an output neuron, BP2 if it is hidden)
its factor sigma'(z^l_j) becomes f'(z^l_j).  Every other component, and BP3
and BP4, stay as they are.

``backprop(weights, biases, x, y, custom)``: the gradient ``(nabla_b, nabla_w)``
of the quadratic cost C = ||a^L - y||^2 / 2 for one example (lists shaped like
``biases`` and ``weights``).  ``custom`` maps ``(l, j)`` to a pair of
functions ``(f, fprime)`` that take and return floats: layer ``l`` counts from
1 (the first layer after the input, whose weights are ``weights[0]``) to L
(the output layer), and ``j`` is the neuron's row in that layer.
Columns are (n, 1) arrays; w^l has shape (n_l, n_{l-1}).
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def backprop(weights, biases, x, y, custom):
    """Gradient of the quadratic cost with the neurons in ``custom`` using their own f."""
    # YOUR CODE HERE
    raise NotImplementedError()
