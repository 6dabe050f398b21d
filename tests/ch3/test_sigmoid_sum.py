"""Visible checks: ch3.sigmoid_sum."""
import numpy as np

from grader.checks import assert_close


def test_sigmoid_layer_at_zero(ex):
    assert_close(ex.sigmoid_layer(np.zeros(3)), [0.5, 0.5, 0.5], "sigmoid_layer of (0, 0, 0)")
