"""Hidden checks: ch3.ce_regression_min."""
import math

import numpy as np
import sympy as sp

from grader.checks import as_expr, small_at, assert_close, assert_finite, weight


def _same(expr, want, symbols, rng):
    """Equal symbolically, and at random points as a guard."""
    gap = as_expr(expr) - want
    if sp.simplify(gap) != 0:
        return False
    return small_at(gap, symbols, rng.uniform(0.05, 0.95, (8, len(symbols))), 1e-9)


@weight(2)
def test_gradient_symbolic(ex):
    a, y = sp.symbols("a y")
    g = ex.ce_gradient(a, y)
    assert isinstance(g, sp.Basic), "ce_gradient should return a sympy expression"
    f = -(y * sp.log(a) + (1 - y) * sp.log(1 - a))
    assert _same(g, sp.diff(f, a), (a, y), np.random.default_rng(33)), \
        "ce_gradient is not the derivative of the cross-entropy with respect to a"


@weight(2)
def test_best_output_is_the_minimiser(ex):
    y = sp.Symbol("y")
    best = ex.best_output(y)
    assert isinstance(best, sp.Basic), "best_output should return a sympy expression in y"
    a = sp.Symbol("a")
    f = -(y * sp.log(a) + (1 - y) * sp.log(1 - a))
    for yv in (0.15, 0.5, 0.8):
        av = float(as_expr(best).subs(y, yv))
        fa = float(f.subs({a: av, y: yv}))
        nearby = [float(f.subs({a: av + d, y: yv})) for d in (-1e-3, 1e-3)]
        assert 0 < av < 1 and all(fa < n for n in nearby), \
            f"for y = {yv} the cost can be made smaller than at your best_output"
    assert sp.simplify(best - y) == 0, "best_output is not the minimiser for every y in (0, 1)"


def test_binary_entropy_natural_log(ex):
    rng = np.random.default_rng(34)
    ys = np.concatenate([[0.0, 0.5, 1.0], rng.uniform(0.01, 0.99, 7)])
    got = ex.binary_entropy(ys)
    assert_finite(got, "binary_entropy (including y = 0 and y = 1)")
    inner = ys[3:]
    want = np.concatenate([[0.0, math.log(2), 0.0], -(inner * np.log(inner) + (1 - inner) * np.log(1 - inner))])
    assert_close(got, want, "binary_entropy (natural logarithm; 0 at y = 0 and y = 1)", rtol=1e-9, reveal=False)


@weight(2)
def test_min_cost_matches_numeric_minimum(ex):
    rng = np.random.default_rng(35)
    ys = rng.uniform(0.05, 0.95, 6)
    grid = np.linspace(1e-4, 1 - 1e-4, 20001)
    costs = -(ys[:, None] * np.log(grid) + (1 - ys[:, None]) * np.log(1 - grid))
    numeric = costs.min(axis=1).mean()
    got = ex.min_cost(ys)
    assert_close(got, numeric, "min_cost (compared with a numerical minimisation over a)",
                 rtol=0, atol=1e-6, reveal=False)
