"""Visible checks: ch1.network."""
import random

import numpy as np

from grader.checks import as_array, weight
from grader.probes.ch1.network import build_small


def test_sigmoid_basics(ex):
    s = as_array(ex.sigmoid(np.array([[0.0], [2.0]])), "sigmoid of a column", shape=(2, 1))
    assert abs(s[0, 0] - 0.5) < 1e-12, f"sigmoid(0) should be 0.5, got {s[0, 0]}"
    assert abs(s[1, 0] - 1 / (1 + np.exp(-2.0))) < 1e-12, f"sigmoid(2) should be 1/(1+e^-2), got {s[1, 0]}"
    d = float(np.asarray(ex.sigmoid_prime(np.array([0.0])))[0])
    assert abs(d - 0.25) < 1e-12, f"sigmoid'(0) should be 0.25, got {d}"


@weight(2)
def test_layer_shapes_and_feedforward(ex):
    got = ex.probe(build_small, [3, 4, 2], 0)
    assert got["num_layers"] == 3, f"Network([3, 4, 2]) has 3 layers, num_layers is {got['num_layers']}"
    assert list(got["sizes"]) == [3, 4, 2], f"sizes should be [3, 4, 2], got {got['sizes']}"
    assert [tuple(s) for s in got["w"]] == [(4, 3), (2, 4)], \
        f"weights should have shapes (4, 3) and (2, 4) (n_out, n_in), got {got['w']}"
    assert [tuple(s) for s in got["b"]] == [(4, 1), (2, 1)], \
        f"biases should be columns of shapes (4, 1) and (2, 1), got {got['b']}"
    out = as_array(got["out"], "feedforward of a (3, 1) input", shape=(2, 1))
    assert np.all((out > 0) & (out < 1)), f"sigmoid outputs lie strictly between 0 and 1, got {out.ravel()}"
    dC = as_array(got["dC"], "cost_derivative(a, y)", shape=(2, 1))
    assert np.allclose(dC.ravel(), [-0.25, 0.25]), f"for the quadratic cost dC/da = a - y = [-0.25, 0.25], got {dC.ravel()}"
