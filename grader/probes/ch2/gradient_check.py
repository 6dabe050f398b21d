"""Probes of ch2.gradient_check: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def count_cost_calls(mod, seed):
    rng = np.random.default_rng(seed)
    sizes = [3, 4, 2]
    ws = [rng.normal(size=(n, m)) for m, n in zip(sizes[:-1], sizes[1:])]
    bs = [rng.normal(size=(n, 1)) for n in sizes[1:]]
    x, y = rng.normal(size=(3, 1)), rng.uniform(size=(2, 1))
    before = [w.copy() for w in ws] + [b.copy() for b in bs]
    real, calls = mod.quadratic_cost, [0]

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    mod.quadratic_cost = counting
    try:
        mod.finite_difference_gradient(ws, bs, x, y, 1e-6)
    finally:
        mod.quadratic_cost = real
    unchanged = all(np.array_equal(p, q) for p, q in zip(ws + bs, before))
    return {"calls": calls[0], "unchanged": bool(unchanged)}
