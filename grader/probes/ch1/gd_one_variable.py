"""Probes of ch1.gd_one_variable: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def run_gd(mod, which, v0, eta, steps):
    slopes = {"quad": lambda v: 2 * (v - 3), "well": lambda v: 4 * v * (v * v - 1), "cubic": lambda v: v ** 3 - 1}
    calls = []

    def dC(v):
        calls.append(float(v))
        return slopes[which](v)

    return {"path": mod.gd_1d(dC, v0, eta, steps), "calls": calls}
