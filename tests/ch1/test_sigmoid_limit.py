"""Visible checks: ch1.sigmoid_limit."""
import numpy as np

from grader.checks import as_array


def test_limit_output_away_from_zero(ex):
    for z, want in [(-2.0, 0.0), (-1e-3, 0.0), (0.5, 1.0), (30.0, 1.0)]:
        got = ex.limit_output(z)
        assert got == want, f"sigma(c*{z}) tends to {want} as c grows; limit_output({z}) gave {got}"


def test_large_c_copies_a_perceptron(ex):
    weights = [np.array([[1.0, -1.0], [2.0, 1.0]]), np.array([[1.0, 1.0]])]
    biases = [np.array([[0.5], [-2.5]]), np.array([[-0.5]])]
    for x, want in [((0, 0), 1.0), ((1, 0), 1.0), ((1, 1), 1.0), ((0, 1), 0.0)]:
        got = as_array(ex.sigmoid_network(weights, biases, np.array(x, float).reshape(2, 1), 1e4),
                       f"the output for x = {x}")
        assert got.size == 1 and abs(got.item() - want) < 1e-6, \
            f"with c = 1e4 the output for x = {x} should be within 1e-6 of {want}, got {got.tolist()}"
