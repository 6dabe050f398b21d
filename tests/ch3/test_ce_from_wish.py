"""Visible checks: ch3.ce_from_wish."""
import sympy as sp

from grader.checks import as_expr


def test_wish_at_a_point(ex):
    a, y = sp.symbols("a y")
    cost = ex.cost_from_wish(a, y)
    point = {a: sp.Rational(3, 10), y: 1}
    got = sp.nsimplify(sp.simplify((sp.diff(as_expr(cost), a) * a * (1 - a)).subs(point)))
    assert got == sp.Rational(-7, 10), \
        f"at a = 0.3, y = 1 the wish says dC/db = dC/da * a(1 - a) = a - y = -0.7; your cost gives {got}"
