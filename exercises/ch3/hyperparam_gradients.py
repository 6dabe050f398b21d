"""Why not learn lambda and eta by gradient descent?  ·  为什么不能用梯度下降学习 lambda 和 eta

Book: chapter 3, section 3.5 (how to choose a neural network's hyper-parameters?).

The regularised cost is C = C0 + (lmbda/2n) sum_w w^2.

1. ``dC_dlambda(weights, n)``: the partial derivative of C with respect to
   lmbda, for ``weights`` a list of NumPy arrays (a float).
2. ``descend_lambda(weights, n, lmbda, rate, steps)``: the list of lmbda values
   (``steps + 1`` of them, starting with ``lmbda``) given by gradient descent on
   C with respect to lmbda alone, weights held fixed.
3. ``essay()``: what stops us from learning lmbda and eta by gradient descent
   on the cost, like the weights.
"""
import numpy as np


def dC_dlambda(weights, n):
    """dC/dlmbda for the L2-regularised cost."""
    # YOUR CODE HERE
    raise NotImplementedError()


def descend_lambda(weights, n, lmbda, rate, steps):
    """[lmbda_0, lmbda_1, ..., lmbda_steps] from lmbda -> lmbda - rate * dC/dlmbda."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your answer in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
