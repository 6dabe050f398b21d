"""Visible checks: ch3.invert_softmax."""
import math

import numpy as np

from grader.checks import as_array, assert_close


def test_uniform_activations(ex):
    z = as_array(ex.invert_softmax(np.array([0.5, 0.5])), "invert_softmax([0.5, 0.5])", shape=(2,))
    assert abs(z[0] - z[1]) < 1e-12, f"equal activations come from equal weighted inputs, got {z}"
    assert_close(ex.log_normaliser(np.zeros(2)), math.log(2), "log_normaliser of (0, 0)")
