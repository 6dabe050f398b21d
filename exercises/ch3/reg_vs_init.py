"""Regularisation against the old initialisation  ·  正则化与旧的权重初始化

Book: chapter 3, section 3.3 (weight initialization), the problem connecting
L2 regularisation and the improved initialisation.

With L2 regularisation every mini-batch step multiplies each weight by
(1 - eta*lmbda/n) before the gradient step (n training examples, mini-batches
of m).  When the gradient term is tiny (saturated neurons), only this decay acts.

1. ``decay_per_epoch(eta, lmbda, n, m)``: the factor by which the decay alone
   shrinks a weight in one epoch (n/m mini-batch steps), exactly.
2. ``decay_estimate(eta, lmbda, m)``: its approximation for eta*lmbda << n.
3. ``epochs_to_shrink(eta, lmbda, n, m, start, target)``: the smallest whole
   number of epochs after which the decay alone has brought a weight of size
   ``start`` down to ``target`` or below.
4. ``essay()``: the heuristic argument for the three claims (decay dominates the
   first epochs, about exp(-eta*lmbda/m) per epoch, it stops once weights are
   about 1/sqrt(number of weights)), and why the book's runs (eta = 0.1 or 0.5,
   lmbda = 5, m = 10, n = 50,000) satisfy the conditions.
"""
import math


def decay_per_epoch(eta, lmbda, n, m):
    """(1 - eta*lmbda/n) applied n/m times."""
    # YOUR CODE HERE
    raise NotImplementedError()


def decay_estimate(eta, lmbda, m):
    """The approximate factor per epoch when eta*lmbda is much smaller than n."""
    # YOUR CODE HERE
    raise NotImplementedError()


def epochs_to_shrink(eta, lmbda, n, m, start, target):
    """Whole epochs of pure decay needed to take |w| from ``start`` to ``target`` or less."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your argument in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
