"""Hidden checks: ch3.tanh_identity."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, values_at, weight
from grader.derivation import check_chain

z = sp.Symbol("z", real=True)


@weight(2)
def test_identity_holds_symbolically_and_on_a_grid(ex):
    rhs = as_expr(ex.sigmoid_from_tanh(z), "sigmoid_from_tanh(z)")
    diff = sp.simplify((rhs - 1 / (1 + sp.exp(-z))).rewrite(sp.exp))
    assert diff == 0, "your right-hand side is not equal to sigma(z) for every z (check the argument of tanh)"
    grid = np.linspace(-8, 8, 33)
    values = np.array(values_at(rhs, [z], grid))
    assert np.allclose(values, 1 / (1 + np.exp(-grid)), atol=1e-12), \
        "on a grid of z values your right-hand side differs from sigma(z)"


def test_derivation_is_a_chain_of_several_steps(ex):
    steps = ex.derivation(z)
    assert isinstance(steps, list) and len(steps) >= 3, \
        "give the derivation as a list with at least one step between the start and the claim"
    verdict = check_chain(steps, 1 / (1 + sp.exp(-z)), (1 + sp.tanh(z / 2)) / 2, symbols=[z], seed=7)
    assert verdict.ok, verdict.message
    assert any(s.has(sp.exp) and not s.has(sp.tanh) for s in steps[1:-1]), \
        "write tanh through exponentials somewhere between the start and the claim"
