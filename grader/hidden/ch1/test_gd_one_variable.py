"""Hidden checks: ch1.gd_one_variable."""
import numpy as np

from grader.checks import as_array, weight
from grader.probes.ch1.gd_one_variable import run_gd


def path_of(out, steps):
    path = as_array(out["path"], "the list of visited points")
    assert path.ndim == 1 and path.size == steps + 1, \
        f"gd_1d(..., steps={steps}) should return {steps + 1} points (v0 and one per step), got shape {path.shape}"
    return path


@weight(2)
def test_update_rule_exact(ex):
    eta = 0.05
    path = path_of(ex.probe(run_gd, "cubic", 0.5, eta, 30), 30)
    slope = path[:-1] ** 3 - 1
    err = np.abs(path[1:] - (path[:-1] - eta * slope))
    k = int(np.argmax(err))
    assert err[k] < 1e-12, (f"step {k + 1} does not follow the gradient-descent update for C' = v^3 - 1 "
                            f"(from v = {path[k]:g} with eta = {eta} you went to {path[k + 1]:g})")


def test_double_well_settles_in_the_near_valley(ex):
    for v0, target in ((0.3, 1.0), (-0.3, -1.0), (2.0, 1.0)):
        path = path_of(ex.probe(run_gd, "well", v0, 0.03, 500), 500)
        step = path[:-1] - 0.03 * 4 * path[:-1] * (path[:-1] ** 2 - 1)
        assert path[0] == v0 and np.all(np.abs(path[1:] - step) < 1e-12), (
            f"on C = (v^2 - 1)^2 from v0 = {v0} the path is not made of gradient-descent steps "
            "(each point should follow from the one before)")
        assert abs(path[-1] - target) < 1e-6, (f"on C = (v^2 - 1)^2 from v0 = {v0} gradient descent should roll "
                                               f"into the valley at {target:g}; after 500 steps you are at {path[-1]:g}")


def test_path_starts_at_v0(ex):
    path = path_of(ex.probe(run_gd, "quad", 1.5, 0.1, 0), 0)
    assert path[0] == 1.5, "with steps = 0 the path is just [v0]"
    path = path_of(ex.probe(run_gd, "quad", -2.0, 0.25, 3), 3)
    assert path[0] == -2.0, "the first point of the path should be v0"
    assert np.allclose(path, [-2.0, 0.5, 1.75, 2.375], rtol=0, atol=1e-12), \
        "on C = (v - 3)^2 with eta = 0.25 each step should halve the distance to 3"
