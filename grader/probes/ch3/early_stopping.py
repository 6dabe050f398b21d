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
    """Train a stand-in net whose evaluation accuracy follows a script.

    Returns (result, the mini-batch sizes and n of every update, epochs evaluated).  The
    records live in this probe's own lists, not on the net the student's code receives,
    and the check compares them with what the scripted run must give.
    """
    updates, evaluated = [], [0]

    class Net:
        def update_mini_batch(self, mini_batch, eta, lmbda, n):
            updates.append((len(mini_batch), n))

        def accuracy(self, data, convert=False):
            acc = accuracies[min(evaluated[0], len(accuracies) - 1)]
            evaluated[0] += 1
            return acc
    training = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(n_train)]
    evaluation = [(np.zeros((1, 1)), 0)]
    result = mod.train(Net(), training, epochs, batch, 0.5, 0.0, evaluation, n_stop)
    return list(result), [list(u) for u in updates], evaluated[0]


@probe
def scripted_run_simple(mod, accuracies, epochs, n_stop, n_train, batch):
    """The same scripted run as scripted_run (the visible checks use this one)."""
    updates, evaluated = [], [0]

    class Net:
        def update_mini_batch(self, mini_batch, eta, lmbda, n):
            updates.append((len(mini_batch), n))

        def accuracy(self, data, convert=False):
            acc = accuracies[min(evaluated[0], len(accuracies) - 1)]
            evaluated[0] += 1
            return acc
    training = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(n_train)]
    evaluation = [(np.zeros((1, 1)), 0)]
    result = mod.train(Net(), training, epochs, batch, 0.5, 0.0, evaluation, n_stop)
    return list(result), [list(u) for u in updates], evaluated[0]
