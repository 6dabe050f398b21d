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
    """A stand-in net with scripted accuracies; returns (the returned rates, the eta each epoch's updates used)."""
    class Net:
        def __init__(self):
            self.current, self.used = [], []

        def update_mini_batch(self, mini_batch, eta, lmbda, n):
            self.current.append(eta)

        def accuracy(self, data, convert=False):
            self.used.append(self.current[-1] if self.current else None)
            self.current = []
            k = len(self.used) - 1
            return accuracies[min(k, len(accuracies) - 1)]
    net = Net()
    training = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(4)]
    rates = mod.train(net, training, 2, eta, 0.0, [(np.zeros((1, 1)), 0)], patience, min_factor, 1000)
    return list(rates), net.used
