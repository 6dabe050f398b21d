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
    ### BEGIN SOLUTION
    a_inf, k, alpha = params
    return a_inf - k * np.asarray(sizes, dtype=float) ** (-alpha)
    ### END SOLUTION


def fit_power_law(sizes, accuracies):
    """(a_inf, k, alpha) minimising the squared error."""
    ### BEGIN SOLUTION
    n = np.asarray(sizes, dtype=float)
    acc = np.asarray(accuracies, dtype=float)

    def best_linear(alpha):
        A = np.column_stack([np.ones_like(n), -n ** (-alpha)])
        coef, *_ = np.linalg.lstsq(A, acc, rcond=None)
        err = float(np.sum((A @ coef - acc) ** 2))
        return err, coef

    lo, hi = 1e-3, 2.0
    for _ in range(4):                         # scan, then zoom in around the best
        grid = np.linspace(lo, hi, 201)
        errs = [best_linear(a)[0] for a in grid]
        i = int(np.argmin(errs))
        step = grid[1] - grid[0]
        lo, hi = max(1e-6, grid[i] - step), min(2.0, grid[i] + step)
    alpha = float(grid[i])
    _, (a_inf, k) = best_linear(alpha)
    return float(a_inf), float(k), alpha
    ### END SOLUTION


def essay():
    """Your answer in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
Learning-curve theory (and a lot of experience) says the excess error of a
learner shrinks roughly like a power of the amount of data: estimation error
falls like n^(-1/2) to n^(-1) for well-behaved problems, while an irreducible
part (label noise, the model family's limits) stays. That gives
acc(n) = a_inf - k n^(-alpha): bounded by a_inf, increasing, flattening out. A
straight line in log n cannot be right, since it passes 100% for large n.
Fitted to the book's sweep (sizes 100 to 50,000, validation accuracy) the
network's curve levels off higher than the SVM's, although the SVM gains more
per doubling at the largest sizes. Any such limit is a guess: the fit is made
on points far from infinity, the form is an assumption, and small changes in
the last points move a_inf a lot, so the comparison should come with error
bars (fit several runs) and is only meaningful for the family assumed."""
    ### END SOLUTION
