"""Visible checks: ch3.ce_many_layer."""
import numpy as np

from grader.checks import assert_close


def test_ce_delta_at_zero(ex):
    got = ex.ce_output_delta(np.zeros((2, 1)), np.array([[1.0], [0.0]]))
    assert_close(got, [[-0.5], [0.5]], "ce_output_delta at z = 0 with y = (1, 0)")
