"""Probes of ch2.modified_neuron: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.  This
one carries the student's gradients back as arrays; the checks draw the same
network and spec again from the seed in the grader and compare with their own
central differences, so nothing the student's code does to the probe's
network, spec or NumPy inside the sandbox changes what is checked.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def grad_with_custom(mod, spec, seed):
    rng = np.random.default_rng(seed)
    sizes = [3, 4, 2]
    ws = [rng.normal(size=(n, m)) for m, n in zip(sizes[:-1], sizes[1:])]
    bs = [rng.normal(size=(n, 1)) for n in sizes[1:]]
    x, y = rng.normal(size=(3, 1)), rng.uniform(size=(2, 1))
    funcs = {"tanh": (math.tanh, lambda z: 1 - math.tanh(z) ** 2),
             "atan": (math.atan, lambda z: 1 / (1 + z * z))}
    custom = {tuple(k): funcs[name] for k, name in spec}
    nb, nw = mod.backprop(ws, bs, x, y, custom)
    return [np.asarray(g, dtype=float) for g in nb], [np.asarray(g, dtype=float) for g in nw]
