"""Probes of ch3.early_stopping: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def scripted_run(mod, accuracies, epochs, n_stop, n_train, batch):
    """Train a stand-in net whose evaluation accuracy follows a script; returns (result, batches, epochs evaluated)."""
    class Net:
        def __init__(self):
            self.epoch, self.batches = 0, []

        def update_mini_batch(self, mini_batch, eta, lmbda, n):
            self.batches.append((len(mini_batch), n))

        def accuracy(self, data, convert=False):
            acc = accuracies[min(self.epoch, len(accuracies) - 1)]
            self.epoch += 1
            return acc
    net = Net()
    training = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(n_train)]
    evaluation = [(np.zeros((1, 1)), 0)]
    result = mod.train(net, training, epochs, batch, 0.5, 0.0, evaluation, n_stop)
    return list(result), len(net.batches), net.epoch


@probe
def scripted_run_simple(mod, accuracies, epochs, n_stop, n_train, batch):
    """Train a stand-in net whose evaluation accuracy follows a script; returns (result, batches per epoch)."""
    class Net:
        def __init__(self):
            self.epoch, self.batches = 0, []

        def update_mini_batch(self, mini_batch, eta, lmbda, n):
            self.batches.append(len(mini_batch))

        def accuracy(self, data, convert=False):
            acc = accuracies[min(self.epoch, len(accuracies) - 1)]
            self.epoch += 1
            return acc
    net = Net()
    training = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(n_train)]
    evaluation = [(np.zeros((1, 1)), 0)]
    result = mod.train(net, training, epochs, batch, 0.5, 0.0, evaluation, n_stop)
    return list(result), len(net.batches), net.epoch
