"""Probes of ch3.momentum_sgd: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def run_steps(mod, weights, biases, grads, eta, lmbda, n, mu):
    """Several steps; grads[k] = (gw list, gb list) is the summed gradient of step k's batch of 2."""
    class Net:
        pass
    net = Net()
    net.weights = [np.array(w, dtype=float) for w in weights]
    net.biases = [np.array(b, dtype=float) for b in biases]
    state = {"k": 0}

    def backprop(x, y):
        gw, gb = grads[state["k"]]
        s = float(np.sum(x))        # the two examples carry 0.25 and 0.75 of the batch's sum
        return [s * np.array(g) for g in gb], [s * np.array(g) for g in gw]
    net.backprop = backprop
    history = []
    for k in range(len(grads)):
        state["k"] = k
        batch = [(np.full((1, 1), 0.25), np.zeros((1, 1))), (np.full((1, 1), 0.75), np.zeros((1, 1)))]
        mod.update_mini_batch(net, batch, eta, lmbda, n, mu)
        history.append(([np.array(w) for w in net.weights], [np.array(b) for b in net.biases]))
    return history


@probe
def constant_gradient_steps(mod, steps, eta, mu, g):
    """A 1x1 'network' whose gradient is always g (weight and bias); returns w and b after each step."""
    class Net:
        pass
    net = Net()
    net.weights = [np.zeros((1, 1))]
    net.biases = [np.zeros((1, 1))]
    net.backprop = lambda x, y: ([np.full((1, 1), g)], [np.full((1, 1), g)])
    out = []
    for _ in range(steps):
        mod.update_mini_batch(net, [(np.zeros((1, 1)), np.zeros((1, 1)))], eta, 0.0, 100, mu)
        out.append((float(net.weights[0][0, 0]), float(net.biases[0][0, 0])))
    return out
