"""Probes of ch3.l1_regularisation: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def l1_step(mod, weights, biases, grads_w, grads_b, eta, lmbda, n, scales):
    """One step; example i's gradient is scales[i] * (grads_b, grads_w), linear in x so any batching works."""
    class Net:
        pass
    net = Net()
    net.weights = [np.array(w, dtype=float) for w in weights]
    net.biases = [np.array(b, dtype=float) for b in biases]
    gw = [np.array(g, dtype=float) for g in grads_w]
    gb = [np.array(g, dtype=float) for g in grads_b]

    def backprop(x, y):
        s = float(np.sum(x))
        return [s * g for g in gb], [s * g for g in gw]
    net.backprop = backprop
    batch = [(np.full((1, 1), float(s)), np.zeros((1, 1))) for s in scales]
    mod.update_mini_batch(net, batch, eta, lmbda, n)
    return [np.asarray(w) for w in net.weights], [np.asarray(b) for b in net.biases]


@probe
def zero_gradient_step(mod, weights, biases, eta, lmbda, n, m):
    """One step with backprop giving zero gradients; returns (weights, biases) after it."""
    class Net:
        pass
    net = Net()
    net.weights = [np.array(w, dtype=float) for w in weights]
    net.biases = [np.array(b, dtype=float) for b in biases]
    net.backprop = lambda x, y: ([np.zeros_like(b) for b in net.biases], [np.zeros_like(w) for w in net.weights])
    batch = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(m)]
    mod.update_mini_batch(net, batch, eta, lmbda, n)
    return [np.asarray(w) for w in net.weights], [np.asarray(b) for b in net.biases]
