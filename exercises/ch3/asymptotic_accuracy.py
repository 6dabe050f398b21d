"""Accuracy with unlimited data (a research problem)  ·  无限数据下的准确率(研究问题)

Book: chapter 3, section 3.2 (an aside on big data and what it means to compare
classification accuracies).

Accuracy rises with the training-set size n and must level off below 100%.
A family that does so is the saturating power law

    acc(n) = a_inf - k * n**(-alpha),    k > 0, alpha > 0,

whose limit a_inf is the accuracy with unlimited data.

1. ``fit_power_law(sizes, accuracies)``: the least-squares fit of this family to
   the points, as a tuple ``(a_inf, k, alpha)`` with alpha in (0, 2].  Only NumPy
   (no scipy): e.g. for fixed alpha the model is linear in (a_inf, k); scan
   alpha and refine.
2. ``predict(params, sizes)``: acc(n) for each n (a NumPy array).
3. ``essay()``: why this family (what justifies it), what your fit says about the
   neural network against the SVM of the book's training-size sweep, and how
   far such an extrapolation can be trusted.
"""
import numpy as np


def predict(params, sizes):
    """acc(n) = a_inf - k n^-alpha for each n."""
    # YOUR CODE HERE
    raise NotImplementedError()


def fit_power_law(sizes, accuracies):
    """(a_inf, k, alpha) minimising the squared error."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your answer in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
