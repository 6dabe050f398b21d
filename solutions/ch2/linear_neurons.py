"""Backpropagation with linear neurons  ·  线性神经元的反向传播

Book: chapter 2, section 2.6 (The backpropagation algorithm), exercise.

Replace every sigmoid by the identity, sigma(z) = z, so that a^l = z^l =
w^l a^{l-1} + b^l.  Since sigma'(z) = 1, the four equations lose their
sigma' factor: for the quadratic cost C = ||a^L - y||^2 / 2,

    delta^L = a^L - y,   delta^l = (w^{l+1})^T delta^{l+1},
    dC/db^l = delta^l,   dC/dw^l = delta^l (a^{l-1})^T.

- ``backprop_linear(weights, biases, x, y)``: ``(nabla_b, nabla_w)`` for one
  example, lists shaped like ``biases`` and ``weights``.
- ``collapse(weights, biases)``: a network of linear neurons is one affine
  map; return ``(W, b)`` with W x + b equal to the network's output for every
  input x.
Columns are (n, 1) arrays; w^l has shape (n_l, n_{l-1}).
"""
import numpy as np


def backprop_linear(weights, biases, x, y):
    """Gradient of the quadratic cost of a network of linear neurons."""
    ### BEGIN SOLUTION
    activations = [x]
    for w, b in zip(weights, biases):
        activations.append(w @ activations[-1] + b)
    delta = activations[-1] - y
    nabla_b, nabla_w = [delta], [delta @ activations[-2].T]
    for l in range(2, len(weights) + 1):
        delta = weights[-l + 1].T @ delta
        nabla_b.insert(0, delta)
        nabla_w.insert(0, delta @ activations[-l - 1].T)
    return nabla_b, nabla_w
    ### END SOLUTION


def collapse(weights, biases):
    """``(W, b)``: the single affine map the linear network computes."""
    ### BEGIN SOLUTION
    W, b = np.eye(weights[0].shape[1]), np.zeros((weights[0].shape[1], 1))
    for w, bl in zip(weights, biases):
        W, b = w @ W, w @ b + bl
    return W, b
    ### END SOLUTION
