"""Hidden checks: ch3.ce_from_wish."""
import sympy as sp

from grader.checks import weight
from grader.derivation import check_chain, equivalent

A, Y, Z, U = sp.symbols("a y z u")
SIGMA = sp.Function("sigma")
S = SIGMA(Z)
START = sp.Derivative(-(Y * sp.log(S) + (1 - Y) * sp.log(1 - S)), Z)
CLAIM = S - Y
CHAIN_RULE = (-Y / S + (1 - Y) / (1 - S)) * sp.Derivative(S, Z)
KW = dict(symbols=[Z, Y], defs={SIGMA: sp.Lambda(U, 1 / (1 + sp.exp(-U)))},
          required=[("the chain rule through a = sigma(z), with d sigma/dz left unevaluated", CHAIN_RULE)])


def _only_a_and_y(expr, what):
    assert isinstance(expr, sp.Basic), f"{what} should return a sympy expression"
    extra = expr.free_symbols - {A, Y}
    assert not extra, f"{what} should use only a and y, not {sorted(map(str, extra))}"


def test_dC_da_from_the_wish(ex):
    got = ex.dC_da_from_wish(A, Y)
    _only_a_and_y(got, "dC_da_from_wish")
    assert equivalent(got * A * (1 - A), A - Y), \
        "with your dC/da, dC/db = dC/da * sigma'(z) is not a - y (remember sigma'(z) = a(1 - a))"


@weight(2)
def test_cost_satisfies_the_wish(ex):
    cost = ex.cost_from_wish(A, Y)
    _only_a_and_y(cost, "cost_from_wish")
    assert equivalent(sp.diff(cost, A) * A * (1 - A), A - Y), \
        "your cost does not give dC/db = a - y: check the integration and the signs"


@weight(2)
def test_derivation_chain_holds(ex):
    v = check_chain(ex.derivation(Z, Y), START, CLAIM, **KW)
    assert v.ok, v.message


def test_derivation_uses_the_chain_rule(ex):
    v = check_chain(ex.derivation(Z, Y), START, CLAIM, **KW)
    assert v.ok and v.has_required_steps, v.message
