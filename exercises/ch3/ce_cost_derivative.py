"""A cross-entropy cost_derivative and its pitfall  ·  交叉熵的 cost_derivative 及其陷阱

Book: chapter 3, section 3.4 (handwriting recognition revisited: the code).

Chapter 1's network computes the output error as cost_derivative(a, y) *
sigma'(z).  Try that with the cross-entropy C = -[y ln a + (1 - y) ln(1 - a)],
see where it breaks, and compare with returning a - y directly.
All arguments are NumPy arrays of the same shape (columns, as in the network).

1. ``ce_cost_derivative(a, y)``: dC/da for the cross-entropy.
2. ``naive_output_error(z, y)``: a = sigma(z), then ce_cost_derivative(a, y) *
   sigma'(z), computed exactly that way (no simplification), with the float64
   ``sigmoid`` and ``sigmoid_prime`` below.  It should show the pitfall.
3. ``stable_output_error(z, a, y)``: the same quantity, written so that it is
   exact and finite even when a is exactly 0.0 or 1.0.
4. ``essay()``: what goes wrong in 2, for which z, and why 3 avoids it.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def ce_cost_derivative(a, y):
    """dC/da for C = -[y ln a + (1 - y) ln(1 - a)]."""
    # YOUR CODE HERE
    raise NotImplementedError()


def naive_output_error(z, y):
    """ce_cost_derivative(sigmoid(z), y) * sigmoid_prime(z), as written."""
    # YOUR CODE HERE
    raise NotImplementedError()


def stable_output_error(z, a, y):
    """The output error for the cross-entropy, finite for saturated a."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your answer in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
