"""Visible checks: ch3.softmax_nonlocal."""
import numpy as np

from grader.checks import assert_close


def test_softmax_of_equal_inputs(ex):
    assert_close(ex.softmax(np.zeros(3)), np.full(3, 1 / 3), "softmax of (0, 0, 0)")
