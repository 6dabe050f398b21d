"""Visible checks: ch3.invert_softmax."""
import math

import numpy as np

from grader.checks import as_array, assert_close


def test_uniform_activations(ex):
    z = as_array(ex.invert_softmax(np.array([0.5, 0.5])), "invert_softmax([0.5, 0.5])", shape=(2,))
    assert abs(z[0] - z[1]) < 1e-12, f"equal activations come from equal weighted inputs, got {z}"
    assert_close(ex.log_normaliser(np.zeros(2)), math.log(2), "log_normaliser of (0, 0)")


def test_log_normaliser_at_large_inputs(ex):
    z = np.array([1000.0, 1000.0])
    c = ex.log_normaliser(z)
    assert np.isfinite(c), f"log_normaliser((1000, 1000)) should be finite, got {c}"
    a = np.exp(z - c)
    assert abs(a.sum() - 1) < 1e-9, ("with your C for z = (1000, 1000), e^(z_j - C) should be softmax(z), "
                                     f"which adds up to 1; it adds up to {a.sum()}")
