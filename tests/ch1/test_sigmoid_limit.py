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


def test_sigmoid_has_no_nan_for_large_z(ex):
    z = np.array([-1000.0, -2.0, 0.0, 2.0, 1000.0])
    s = as_array(ex.sigmoid(z), "sigmoid of an array", shape=z.shape)
    assert np.all(np.isfinite(s)), f"sigmoid must not give NaN (or inf) for large |z|; at z = {z.tolist()} it gave {s.tolist()}"
    want = 1 / (1 + np.exp(-z[1:4]))
    assert np.allclose(s[1:4], want, rtol=1e-12, atol=0), f"sigmoid(-2, 0, 2) should be {want.tolist()}, got {s[1:4].tolist()}"
    assert s[0] < 1e-300 and abs(s[-1] - 1.0) < 1e-15, \
        f"sigmoid(-1000) is (almost) 0 and sigmoid(1000) is 1; got {s[0]} and {s[-1]}"
