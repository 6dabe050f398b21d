"""Visible checks: ch3.hyperparam_gradients."""
import numpy as np


def test_derivative_on_a_small_case(ex):
    got = ex.dC_dlambda([np.array([[1.0, -2.0]]), np.array([[3.0]])], 7)
    assert abs(got - 14 / 14) < 1e-12, f"sum w^2 = 14 and n = 7, so dC/dlambda = 14/(2*7) = 1.0; got {got}"
