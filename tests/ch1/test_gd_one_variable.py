"""Visible checks: ch1.gd_one_variable.  A probe passes a Python function dC into your gd_1d."""
import numpy as np

from grader.checks import as_array
from grader.probes.ch1.gd_one_variable import run_gd


def test_quadratic_converges_to_its_minimum(ex):
    eta = 0.1
    out = ex.probe(run_gd, "quad", -5.0, eta, 200)
    path = as_array(out["path"], "the list of visited points")
    assert path.ndim == 1 and path.size == 201, \
        f"gd_1d(..., steps=200) should return 201 points (v0 and one per step), got {path.size}"
    assert path[0] == -5.0, f"the path should start at v0 = -5, got {path[0]:g}"
    # Every step, not only the end point: each point follows from the one before by the update rule.
    err = np.abs(path[1:] - (path[:-1] - eta * 2 * (path[:-1] - 3)))
    k = int(np.argmax(err))
    assert err[k] < 1e-12, (f"step {k + 1} is not a gradient-descent step on C = (v - 3)^2 with eta = {eta}: "
                            f"from v = {path[k]:g} you went to {path[k + 1]:g}")
    assert abs(path[-1] - 3) < 1e-6, \
        f"on C = (v - 3)^2 from v0 = -5, 200 steps of eta = 0.1 should reach v = 3, got {path[-1]:g}"
