"""Visible checks: ch3.sigmoid_prime."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, assert_close, weight
from grader.derivation import check_chain, same_form


def _derivation(ex, seed):
    """(steps, verdict, missing): the student's chain checked from Derivative(sigma(z), z) to their answer."""
    z, s, u = sp.symbols("z s u")
    sigma = sp.Function("sigma")
    claim = as_expr(ex.sigmoid_prime_in_s(s), "sigmoid_prime_in_s(s)").subs(s, sigma(z))
    steps = ex.derivation(z)
    verdict = check_chain(steps, sp.Derivative(sigma(z), z), claim, symbols=[z],
                          defs={sigma: sp.Lambda(u, 1 / (1 + sp.exp(-u)))}, seed=seed)
    if not verdict.ok:
        return verdict, []
    e, E = sp.exp(-z), sp.exp(z)
    needed = [  # (what the step does, the forms that do it: in e^-z or in e^z)
        ("the derivative of 1/(1 + e^-z) worked out in exponentials", [e / (1 + e) ** 2, E / (1 + E) ** 2]),
        ("the result rewritten in exponentials into the shape of your answer",
         [1 / (1 + e) - 1 / (1 + e) ** 2, E / (1 + E) - E ** 2 / (1 + E) ** 2]),
    ]
    middle = list(steps)[1:-1]
    missing = [what for what, forms in needed
               if not any(same_form(step, f) for step in middle for f in forms)]
    return verdict, missing


def test_value_at_zero(ex):
    got = ex.sigmoid_prime(np.array([0.0]))
    assert_close(got, [0.25], "sigmoid_prime(0)")


def test_formula_in_s_at_one_half(ex):
    s = sp.Symbol("s")
    expr = ex.sigmoid_prime_in_s(s)
    value = sp.nsimplify(as_expr(expr).subs(s, sp.Rational(1, 2)))
    assert value == sp.Rational(1, 4), \
        f"at z = 0, s = sigma(0) = 1/2 and sigma'(0) = 1/4; your expression gives {value}"


@weight(3)
def test_derivation_holds(ex):
    verdict, missing = _derivation(ex, 0)
    assert verdict.ok, verdict.message
    assert not missing, ("every step holds, but the chain skips what the proof needs: "
                         + "; ".join(missing) + ". Write those steps between the start and the end")


def test_sigmoid_finite_at_1000(ex):
    z = np.array([-1000.0, 1000.0])
    with np.errstate(all="ignore"):
        s, d = ex.sigmoid(z), ex.sigmoid_prime(z)
    assert_close(s, [0.0, 1.0], "sigmoid at z = -1000 and 1000 (finite, no NaN)", atol=1e-15)
    assert_close(d, [0.0, 0.0], "sigmoid_prime at z = -1000 and 1000 (finite, no NaN)", atol=1e-15)
