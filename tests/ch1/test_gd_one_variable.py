"""Visible checks: ch1.gd_one_variable.  A probe passes a Python function dC into your gd_1d."""
from grader.checks import as_array
from grader.probes.ch1.gd_one_variable import run_gd


def test_quadratic_converges_to_its_minimum(ex):
    out = ex.probe(run_gd, "quad", -5.0, 0.1, 200)
    path = as_array(out["path"], "the list of visited points")
    assert path.ndim == 1 and path.size == 201, \
        f"gd_1d(..., steps=200) should return 201 points (v0 and one per step), got {path.size}"
    assert abs(path[-1] - 3) < 1e-6, \
        f"on C = (v - 3)^2 from v0 = -5, 200 steps of eta = 0.1 should reach v = 3, got {path[-1]:g}"
