"""Visible checks: ch3.softmax_backprop."""
import math

import numpy as np

from grader.checks import assert_close


def test_cost_of_a_small_output(ex):
    a = np.array([[0.5], [0.25], [0.25]])
    y = np.array([[0.0], [1.0], [0.0]])
    assert_close(ex.loglik_cost(a, y), math.log(4), "loglik_cost when the true class has activation 1/4")


def test_softmax_without_overflow(ex):
    got = ex.softmax(np.array([[1000.0], [1000.0], [0.0]]))
    assert_close(got, [[0.5], [0.5], [0.0]], "softmax((1000, 1000, 0)) (a column; no overflow)", atol=1e-12)
