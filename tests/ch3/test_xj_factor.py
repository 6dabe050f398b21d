"""Visible checks: ch3.xj_factor."""
import math

import sympy as sp

from grader.checks import as_expr


def test_bias_gradient_of_the_output_itself(ex):
    a, b = sp.symbols("a b")
    w, x = list(sp.symbols("w0:2")), list(sp.symbols("x0:2"))
    g = ex.bias_gradient(a, a, w, x, b)
    point = {w[0]: 0.5, w[1]: -1.0, x[0]: 2.0, x[1]: 1.0, b: 0.25}
    s = 1 / (1 + math.exp(-0.25))          # z = 0.5*2 - 1*1 + 0.25
    got = float(as_expr(g).subs(point))
    assert abs(got - s * (1 - s)) < 1e-9, \
        f"with C = a, dC/db should be sigma'(z) = {s * (1 - s):.6f} at this point, got {got:.6f}"
