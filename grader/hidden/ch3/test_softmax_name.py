"""Hidden checks: ch3.softmax_name."""
import numpy as np

from grader.checks import as_array, assert_close, assert_finite, weight


def _ref(z, c):
    s = c * z
    e = np.exp(s - s.max())
    return e / e.sum()


def test_is_a_distribution(ex):
    rng = np.random.default_rng(58)
    z = rng.normal(0, 1, 5)
    for c in (0.1, 1.0, 10.0):
        a = as_array(ex.softmax_c(z, c), f"softmax_c(z, c = {c})", shape=(5,))
        assert np.all(a > 0) and abs(a.sum() - 1) < 1e-12, f"softmax_c(z, c = {c}) should be positive and add up to 1"
        assert_close(a, _ref(z, c), f"softmax_c(z, c = {c})", reveal=False)


@weight(2)
def test_large_c_is_stable_and_hard(ex):
    z = np.array([0.3, 1.2, -0.5, 1.1])
    a = ex.softmax_c(z, 1e4)
    assert_finite(a, "softmax_c at c = 10000")
    assert_close(a, [0, 1, 0, 0], "softmax_c at c = 10000 (one clear maximum)", atol=1e-12, reveal=False)
    b = ex.softmax_c(np.array([2.0, 2.0, 1.0]), 1e4)
    assert_finite(b, "softmax_c((2, 2, 1), c = 10000)")
    assert_close(b, [0.5, 0.5, 0], "softmax_c((2, 2, 1), c = 10000) (a two-way tie)", atol=1e-12, reveal=False)


@weight(2)
def test_limit_distribution_with_ties(ex):
    for z, what in ((np.array([-1.0, 4.0, 2.0, 3.9]), "one largest entry"),
                    (np.array([2.0, 2.0, 1.0]), "a two-way tie"),
                    (np.array([1.0, 0.0, 1.0, 1.0]), "a three-way tie")):
        top = (z == z.max()).astype(float)
        assert_close(ex.limit_distribution(z), top / top.sum(), f"limit_distribution with {what}",
                     atol=1e-12, reveal=False)
