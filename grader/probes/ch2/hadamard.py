"""Probes of ch2.hadamard: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def refuses_mismatch(mod):
    try:
        out = mod.hadamard(np.ones((3, 1)), np.ones((1, 3)))
    except ValueError:
        return "ValueError"
    return f"returned an array of shape {np.shape(out)}"
