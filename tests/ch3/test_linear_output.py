"""Visible checks: ch3.linear_output."""
import numpy as np

from grader.checks import assert_close


def test_single_linear_layer(ex):
    got = ex.feedforward([np.array([[2.0]])], [np.array([[1.0]])], np.array([[3.0]]))
    assert_close(got, [[7.0]], "a 1-1 network with w = 2, b = 1 on x = 3 (the output is linear: 2*3 + 1)")
