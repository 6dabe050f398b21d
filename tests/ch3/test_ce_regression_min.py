"""Visible checks: ch3.ce_regression_min."""
import sympy as sp

from grader.checks import as_expr


def test_gradient_vanishes_at_the_target(ex):
    a, y = sp.symbols("a y")
    g = ex.ce_gradient(a, y)
    value = sp.simplify(as_expr(g).subs({a: sp.Rational(3, 10), y: sp.Rational(3, 10)}))
    assert value == 0, f"df/da should be 0 at a = y = 0.3; your expression gives {value}"


def test_gradient_away_from_the_target(ex):
    a, y = sp.symbols("a y")
    g = as_expr(ex.ce_gradient(a, y))
    value = sp.simplify(g.subs({a: sp.Rational(1, 2), y: sp.Rational(3, 10)}))
    assert value == sp.Rational(4, 5), \
        f"at a = 0.5, y = 0.3, df/da = -y/a + (1 - y)/(1 - a) = 0.8; your expression gives {value}"


def test_binary_entropy_at_0_and_1(ex):
    import numpy as np
    with np.errstate(all="ignore"):
        got = np.asarray(ex.binary_entropy(np.array([0.0, 1.0])), dtype=float)
    assert got.shape == (2,) and np.all(got == 0.0), f"binary_entropy at y = 0 and y = 1 should be 0 (not NaN), got {got}"
