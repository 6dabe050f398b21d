"""Visible checks: ch3.ce_cost_derivative."""
import numpy as np

from grader.checks import assert_close


def test_derivative_away_from_saturation(ex):
    a = np.array([[0.2], [0.7], [0.9]])
    y = np.array([[0.0], [1.0], [1.0]])
    assert_close(ex.ce_cost_derivative(a, y), (a - y) / (a * (1 - a)), "dC/da")


def test_stable_error_is_a_minus_y(ex):
    z = np.array([[-1.0], [0.5]])
    a = 1 / (1 + np.exp(-z))
    y = np.array([[1.0], [0.0]])
    assert_close(ex.stable_output_error(z, a, y), a - y, "the output error")


def test_stable_error_when_a_is_exactly_0_or_1(ex):
    z = np.array([[40.0], [-800.0]])
    with np.errstate(all="ignore"):
        a = 1 / (1 + np.exp(-z))                      # exactly 1.0 and 0.0 in float64
        got = ex.stable_output_error(z, a, np.array([[0.0], [1.0]]))
    assert_close(got, [[1.0], [-1.0]], "the stable output error at z = 40 and -800 (a is exactly 1.0 and 0.0)")
