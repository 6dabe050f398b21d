"""The cross-entropy with fractional targets  ·  目标值为小数时交叉熵的最小值

Book: chapter 3, section 3.1 (introducing the cross-entropy), equation (64).

For a target y strictly between 0 and 1 (a regression-like target), the
cross-entropy of one output a is f(a) = -[y ln a + (1 - y) ln(1 - a)].
Show that f is smallest at a = y, and that the smallest average cost over
n examples is the binary entropy -(1/n) sum [y ln y + (1 - y) ln(1 - y)],
with the natural logarithm.

1. ``ce_gradient(a, y)``: df/da as a sympy expression in the symbols a and y.
2. ``best_output(y)``: the a that minimises f, as a sympy expression in y
   (solve df/da = 0; the second derivative tells you it is a minimum).
3. ``binary_entropy(y)``: -[y ln y + (1 - y) ln(1 - y)] element-wise in NumPy,
   natural log, equal to 0 (not NaN) at y = 0 and y = 1.
4. ``min_cost(ys)``: the smallest possible average cross-entropy over examples
   with targets ``ys`` (a 1-d array), when the network may output any a.
"""
import numpy as np
import sympy as sp


def ce_gradient(a, y):
    """df/da for f(a) = -[y ln a + (1 - y) ln(1 - a)] (sympy)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def best_output(y):
    """The minimiser a of f, as a sympy expression in ``y``."""
    # YOUR CODE HERE
    raise NotImplementedError()


def binary_entropy(y):
    """-[y ln y + (1 - y) ln(1 - y)], natural log, 0 at y = 0 and y = 1."""
    # YOUR CODE HERE
    raise NotImplementedError()


def min_cost(ys):
    """The smallest average cross-entropy over targets ``ys``."""
    # YOUR CODE HERE
    raise NotImplementedError()
