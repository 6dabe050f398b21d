"""Gradient checking by finite differences, and why backpropagation is fast  ·  有限差分梯度检验,以及反向传播为何快

Book: chapter 2, section 2.8 (In what sense is backpropagation a fast algorithm?).

The obvious way to get the gradient is to nudge each parameter p in turn and
watch the cost: dC/dp ~ (C(p + eps) - C(p)) / eps.  That needs one cost
evaluation at the unperturbed parameters plus one per parameter: a forward
pass for every weight and bias.  Backpropagation gets all of them with one
forward and one backward pass.

- ``quadratic_cost(weights, biases, x, y)``: C = ||a^L - y||^2 / 2 of a
  sigmoid network for one example (a float).
- ``finite_difference_gradient(weights, biases, x, y, eps)``: ``(nabla_b,
  nabla_w)`` by FORWARD differences, calling ``quadratic_cost`` exactly once
  at the unperturbed parameters and once per parameter (and nowhere else).
  Leave the parameters as you found them.
- ``cost_evaluations(sizes)``: how many cost evaluations that method needs
  for a network with layer sizes ``sizes``, e.g. [784, 30, 10].
Columns are (n, 1) arrays; w^l has shape (n_l, n_{l-1}).
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def quadratic_cost(weights, biases, x, y):
    """The quadratic cost of one example."""
    # YOUR CODE HERE
    raise NotImplementedError()


def finite_difference_gradient(weights, biases, x, y, eps):
    """Forward-difference estimate of the gradient, shaped like (biases, weights)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def cost_evaluations(sizes):
    """Cost evaluations of ``finite_difference_gradient`` for layer sizes ``sizes``."""
    # YOUR CODE HERE
    raise NotImplementedError()
