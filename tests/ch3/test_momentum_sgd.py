"""Visible checks: ch3.momentum_sgd."""
import numpy as np


from grader.probes.ch3.momentum_sgd import constant_gradient_steps


def test_velocity_builds_up(ex):
    (w1, b1), (w2, b2) = ex.probe(constant_gradient_steps, 2, 0.1, 0.5, 1.0)
    assert abs(w1 + 0.1) < 1e-12, f"the first step should be -eta*g = -0.1, got {w1}"
    assert abs((w2 - w1) - (0.5 * -0.1 - 0.1)) < 1e-12, \
        f"the second step should be mu * (first step) - eta*g = -0.15, got {w2 - w1}"
    assert np.isclose(b2 - b1, -0.15), "biases should carry a velocity too"
