"""Visible checks: ch3.relu."""
import numpy as np

from grader.checks import assert_close


def test_relu_and_derivative(ex):
    z = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
    assert_close(ex.relu(z), [0, 0, 0, 0.5, 3.0], "relu(z)")
    assert_close(ex.relu_prime(z), [0, 0, 0, 1, 1], "relu_prime(z) (0 at z = 0)")
