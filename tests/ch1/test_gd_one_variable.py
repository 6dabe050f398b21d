"""Visible checks: ch1.gd_one_variable.  A probe passes a Python function dC into your gd_1d."""
from grader.checks import as_array, probe


@probe
def run_gd(mod, which, v0, eta, steps):
    slopes = {"quad": lambda v: 2 * (v - 3), "well": lambda v: 4 * v * (v * v - 1), "cubic": lambda v: v ** 3 - 1}
    calls = []

    def dC(v):
        calls.append(float(v))
        return slopes[which](v)

    return {"path": mod.gd_1d(dC, v0, eta, steps), "calls": calls}


def test_quadratic_converges_to_its_minimum(ex):
    out = ex.probe(run_gd, "quad", -5.0, 0.1, 200)
    path = as_array(out["path"], "the list of visited points")
    assert path.ndim == 1 and path.size == 201, \
        f"gd_1d(..., steps=200) should return 201 points (v0 and one per step), got {path.size}"
    assert abs(path[-1] - 3) < 1e-6, \
        f"on C = (v - 3)^2 from v0 = -5, 200 steps of eta = 0.1 should reach v = 3, got {path[-1]:g}"
