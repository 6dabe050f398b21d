"""Probes of ch3.momentum_mu_lt_0: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def run_slope(mod, mu, eta, g, steps):
    """Momentum on a constant slope (gradient g); returns the velocities."""
    w, v, vs = 0.0, 0.0, []
    for _ in range(steps):
        w, v = mod.momentum_step(w, v, g, eta, mu)
        vs.append(float(v))
    return vs
