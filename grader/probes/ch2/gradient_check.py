"""Probes of ch2.gradient_check: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.  The
student's code runs in the same process and could rewrite what a probe
counts, so the checks never give a count points on its own: they recompute
the forward differences and the parameters from the seed in the grader and
compare them with what the probe returns.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def count_cost_calls(mod, seed, sizes, eps):
    """Run finite_difference_gradient on a network drawn from seed, counting quadratic_cost calls.

    Returns the raw observations: the call count (self-reported: the student's code
    could rewrite it), the gradients and the parameters as they are after the run.
    """
    rng = np.random.default_rng(seed)
    ws = [rng.normal(size=(n, m)) for m, n in zip(sizes[:-1], sizes[1:])]
    bs = [rng.normal(size=(n, 1)) for n in sizes[1:]]
    x, y = rng.normal(size=(sizes[0], 1)), rng.uniform(size=(sizes[-1], 1))
    real, calls = mod.quadratic_cost, [0]

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    mod.quadratic_cost = counting
    try:
        nb, nw = mod.finite_difference_gradient(ws, bs, x, y, eps)
    finally:
        mod.quadratic_cost = real
    return {"calls": int(calls[0]),
            "nabla_b": [np.asarray(g, dtype=float) for g in nb],
            "nabla_w": [np.asarray(g, dtype=float) for g in nw],
            "biases_after": [np.asarray(b, dtype=float) for b in bs],
            "weights_after": [np.asarray(w, dtype=float) for w in ws]}
