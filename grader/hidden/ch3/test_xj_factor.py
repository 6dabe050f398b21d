"""Hidden checks: ch3.xj_factor."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, small_at, weight

A, Y, B = sp.symbols("a y b")
W, X = list(sp.symbols("w0:3")), list(sp.symbols("x0:3"))
COSTS = {
    "the cross-entropy": -(Y * sp.log(A) + (1 - Y) * sp.log(1 - A)),
    "the quadratic cost": (A - Y) ** 2 / 2,
    "the cost a^3 + sin(a)": A ** 3 + sp.sin(A),
}


def _points(seed, n=6):
    rng = np.random.default_rng(seed)
    syms = W + X + [B, Y]
    return [dict(zip(syms, map(float, rng.uniform(-1.5, 1.5, len(syms))))) for _ in range(n)]


def _agree(e1, e2, points):
    syms = W + X + [B, Y]
    gap = as_expr(e1) - as_expr(e2)
    return small_at(gap, syms, [[p[s] for s in syms] for p in points], 1e-9)


@weight(2)
def test_gradients_are_derivatives(ex):
    points = _points(45)
    z = sum(w * x for w, x in zip(W, X)) + B
    for name, cost in COSTS.items():
        c = cost.subs(A, 1 / (1 + sp.exp(-z)))
        gw = ex.weight_gradients(cost, A, W, X, B)
        gb = ex.bias_gradient(cost, A, W, X, B)
        assert len(gw) == 3, f"weight_gradients should give one derivative per weight (3), got {len(gw)}"
        for j in range(3):
            assert _agree(as_expr(gw[j]), sp.diff(c, W[j]), points), f"dC/dw_{j} is wrong for {name}"
        assert _agree(as_expr(gb), sp.diff(c, B), points), f"dC/db is wrong for {name}"


@weight(2)
def test_xj_factor_is_common_to_every_cost(ex):
    points = _points(46)
    for name, cost in COSTS.items():
        gw = ex.weight_gradients(cost, A, W, X, B)
        gb = as_expr(ex.bias_gradient(cost, A, W, X, B))
        for j in range(3):
            rest = sp.simplify(as_expr(gw[j]) - X[j] * gb)
            assert rest == 0 and _agree(as_expr(gw[j]), X[j] * gb, points), \
                f"for {name}, dC/dw_{j} should be exactly x_{j} times dC/db; your expressions are not"
