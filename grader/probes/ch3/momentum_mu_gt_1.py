"""Probes of ch3.momentum_mu_gt_1: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def run_quadratic(mod, mu, eta, steps, w0, v0, curvature):
    """Momentum on C = curvature * w^2 / 2; returns the w's."""
    w, v, ws = w0, v0, []
    for _ in range(steps):
        w, v = mod.momentum_step(w, v, curvature * w, eta, mu)
        ws.append(float(w))
    return ws
