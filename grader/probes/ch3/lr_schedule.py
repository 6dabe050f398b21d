"""Probes of ch3.lr_schedule: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def scripted_schedule(mod, accuracies, eta, patience, min_factor):
    """A stand-in net with scripted accuracies; returns (the returned rates, the eta each epoch's updates used).

    The record lives in this probe's own lists, not on the net the student's code
    receives: an epoch is the updates between two accuracy() calls.
    """
    current, used = [], []

    class Net:
        def update_mini_batch(self, mini_batch, eta, lmbda, n):
            current.append(eta)

        def accuracy(self, data, convert=False):
            used.append(current[-1] if current and all(e == current[-1] for e in current) else None)
            current.clear()
            return accuracies[min(len(used) - 1, len(accuracies) - 1)]
    training = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(4)]
    rates = mod.train(Net(), training, 2, eta, 0.0, [(np.zeros((1, 1)), 0)], patience, min_factor, 1000)
    return list(rates), list(used)
