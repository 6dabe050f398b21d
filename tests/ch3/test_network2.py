"""Visible checks: ch3.network2."""
import numpy as np

from grader.checks import weight
from grader.probes.ch3.network2 import cost_values_simple, init_spread


def test_cost_classes(ex):
    z = np.array([[0.5], [-1.0], [2.0]])
    a = 1 / (1 + np.exp(-z))
    y = np.array([[1.0], [0.0], [0.0]])
    ce, ce_delta, quad, quad_delta = ex.probe(cost_values_simple, a, y, z)
    want = float(np.sum(-y * np.log(a) - (1 - y) * np.log(1 - a)))
    assert abs(ce - want) < 1e-9, f"CrossEntropyCost.fn should be {want:.6f}, got {ce}"
    assert np.allclose(ce_delta, a - y), "CrossEntropyCost.delta should be a - y"
    assert abs(quad - 0.5 * float(np.sum((a - y) ** 2))) < 1e-9, "QuadraticCost.fn should be 0.5 ||a - y||^2"
    assert np.allclose(quad_delta, (a - y) * a * (1 - a)), "QuadraticCost.delta should be (a - y) sigma'(z)"


@weight(2)
def test_default_initialisation(ex):
    stds, wshapes, bshapes = ex.probe(init_spread, [400, 100, 10], 0)
    assert wshapes == [[100, 400], [10, 100]] and bshapes == [[100, 1], [10, 1]], \
        f"weights should have shapes (n_out, n_in) and biases (n_out, 1); got {wshapes} and {bshapes}"
    for n_in, s in zip([400, 100], stds):
        assert abs(s - 1 / np.sqrt(n_in)) < 0.1 / np.sqrt(n_in), \
            f"weights fed by {n_in} neurons should have standard deviation about 1/sqrt({n_in}) = {1 / np.sqrt(n_in):.3f}; got {s:.3f}"
