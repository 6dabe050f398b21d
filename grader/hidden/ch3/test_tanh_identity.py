"""Hidden checks: ch3.tanh_identity."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, values_at, weight
from grader.derivation import check_chain

z = sp.Symbol("z", real=True)


def _tanh_in_exponentials(steps, z):
    """Which kinds of step (1 + T)/2 write tanh(z/2) as a ratio T of exponentials.

    "half": T uses exponentials of z/2 (tanh's definition); "whole": T uses
    exponentials of z alone (the form that meets the sigmoid).  Only the steps
    strictly between the start and the claim count.
    """
    kinds = set()
    for s in steps[1:-1]:
        if not isinstance(s, sp.Basic) or s.has(sp.tanh):
            continue
        t = 2 * s - 1
        if t.is_Add or not t.has(sp.exp):
            continue
        gap = values_at(t - sp.tanh(z / 2), [z], [-2.5, -0.7, 0.3, 1.9])
        if not all(abs(v) < 1e-12 for v in gap):
            continue
        args = {e.args[0] for e in t.atoms(sp.exp)}
        kinds.add("half" if any(a.has(z) and (a / z).is_Rational and abs(a / z) == sp.Rational(1, 2)
                                for a in args) else "whole")
    return kinds


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
    assert _tanh_in_exponentials(steps, z) == {"half", "whole"}, \
        "the chain does not pass through tanh(z/2) written through exponentials (both forms the statement asks for)"
