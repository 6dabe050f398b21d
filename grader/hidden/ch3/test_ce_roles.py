"""Hidden checks: ch3.ce_roles."""
import numpy as np

from grader.checks import assert_close, assert_finite, weight


def _ce(a, y):
    return -(y * np.log(a) + (1 - y) * np.log(1 - a))


@weight(2)
def test_finite_for_binary_targets(ex):
    a = np.array([1e-6, 0.3, 1 - 1e-6])
    for y in (0.0, 1.0):
        got = ex.cross_entropy(a, np.full(3, y))
        assert_finite(got, f"cross_entropy for y = {y:g} and a strictly between 0 and 1")
        assert_close(got, _ce(a, y), f"cross_entropy for y = {y:g}", rtol=1e-9, reveal=False)


@weight(2)
def test_swapped_form_breaks_at_binary_targets(ex):
    for y, want in ((0.0, False), (1.0, False), (0.25, True), (0.9, True)):
        got = ex.swapped_form_is_finite(y)
        assert got is want, (f"swapped_form_is_finite({y:g}) is wrong: think about ln y and ln(1 - y) "
                             f"at this y, and whether a or 1 - a can be 0")


def test_fractional_targets_arrays(ex):
    rng = np.random.default_rng(32)
    a = rng.uniform(0.01, 0.99, (3, 4))
    y = rng.uniform(0, 1, (3, 4))
    got = ex.cross_entropy(a, y)
    assert_close(got, _ce(a, y), "cross_entropy on arrays with fractional targets", rtol=1e-9, reveal=False)
    assert np.all(np.asarray(got) > 0), "the cross-entropy of a sigmoid output is always positive"
