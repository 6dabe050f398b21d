"""Visible checks: ch3.sigmoid_prime."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, assert_close, weight


def test_value_at_zero(ex):
    got = ex.sigmoid_prime(np.array([0.0]))
    assert_close(got, [0.25], "sigmoid_prime(0)")


@weight(2)
def test_formula_in_s_at_one_half(ex):
    s = sp.Symbol("s")
    expr = ex.sigmoid_prime_in_s(s)
    value = sp.nsimplify(as_expr(expr).subs(s, sp.Rational(1, 2)))
    assert value == sp.Rational(1, 4), \
        f"at z = 0, s = sigma(0) = 1/2 and sigma'(0) = 1/4; your expression gives {value}"
