"""Visible checks: ch3.ce_roles."""
import math

from grader.checks import assert_close


def test_cross_entropy_at_one_half(ex):
    got = ex.cross_entropy(0.5, 1.0)
    assert_close(got, math.log(2), "cross_entropy(a=0.5, y=1)")


def test_swapped_form_for_a_fractional_target(ex):
    got = ex.swapped_form_is_finite(0.5)
    assert got is True, f"for y = 0.5 both ln y and ln(1 - y) are finite, so the answer is True (got {got!r})"


def test_finite_for_targets_0_and_1(ex):
    import numpy as np
    for a, y in ((0.3, 0.0), (0.3, 1.0)):
        with np.errstate(all="ignore"):
            got = float(ex.cross_entropy(a, y))
        assert math.isfinite(got), f"cross_entropy(a={a}, y={y}) should be finite (0 < a < 1), got {got}"
        want = -(y * math.log(a) + (1 - y) * math.log(1 - a))
        assert abs(got - want) < 1e-12, f"cross_entropy(a={a}, y={y}) should be {want:.6f}, got {got}"
