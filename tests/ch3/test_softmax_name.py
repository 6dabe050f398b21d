"""Visible checks: ch3.softmax_name."""
import numpy as np

from grader.checks import assert_close, assert_finite


def test_small_examples(ex):
    assert_close(ex.softmax_c(np.zeros(2), 1.0), [0.5, 0.5], "softmax_c((0, 0), c = 1)")
    assert_close(ex.limit_distribution(np.array([0.0, 3.0, 1.0])), [0, 1, 0],
                 "limit_distribution((0, 3, 1)) (one largest entry)")


def test_large_c_stays_finite(ex):
    a = ex.softmax_c(np.array([0.3, 1.2, -0.5]), 1e4)
    assert_finite(a, "softmax_c((0.3, 1.2, -0.5), c = 10000)")
    assert_close(a, [0, 1, 0], "softmax_c((0.3, 1.2, -0.5), c = 10000)", atol=1e-12)


def test_limit_with_a_tie(ex):
    z = np.array([1.0, 3.0, 3.0])
    top = (z == z.max()).astype(float)
    assert_close(ex.limit_distribution(z), top / top.sum(),
                 "limit_distribution((1, 3, 3)), whose largest value occurs twice", atol=1e-12, reveal=False)
