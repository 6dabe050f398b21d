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
    ### BEGIN SOLUTION
    return float(sum(np.sum(np.asarray(w) ** 2) for w in weights)) / (2.0 * n)
    ### END SOLUTION


def descend_lambda(weights, n, lmbda, rate, steps):
    """[lmbda_0, lmbda_1, ..., lmbda_steps] from lmbda -> lmbda - rate * dC/dlmbda."""
    ### BEGIN SOLUTION
    g = dC_dlambda(weights, n)
    out = [float(lmbda)]
    for _ in range(steps):
        out.append(out[-1] - rate * g)
    return out
    ### END SOLUTION


def essay():
    """Your answer in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
lambda: dC/dlambda = sum w^2 / (2n) is never negative, so descending the
training cost always lowers lambda, down to 0 and beyond. That is no accident:
the penalty can only add to the training cost, so the training cost prefers no
regularisation. Lambda is there to improve performance on unseen data, which is
not what the cost measures; to tune it by gradients we would need a different
objective (e.g. validation accuracy) and to differentiate it through the whole
training run.
eta: the cost does not contain eta at all, so dC/deta is 0. Eta only shapes the
path training takes; its effect on the final cost appears only by
differentiating through many steps of training, which is expensive, noisy, and
tends to favour large, unstable steps over a short horizon. So both are chosen
by search on validation data instead."""
    ### END SOLUTION
