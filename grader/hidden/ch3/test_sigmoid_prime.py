"""Hidden checks: ch3.sigmoid_prime."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, small_at, assert_close, assert_finite, weight
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


def _ref_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def test_formula_in_s_is_the_derivative(ex):
    s, z = sp.symbols("s z")
    expr = as_expr(ex.sigmoid_prime_in_s(s), "sigmoid_prime_in_s(s)")
    extra = expr.free_symbols - {s}
    assert not extra, f"write sigma'(z) with s only; your expression also uses {sorted(map(str, extra))}"
    sig = 1 / (1 + sp.exp(-z))
    diff = sp.simplify(expr.subs(s, sig) - sp.diff(sig, z))
    rng = np.random.default_rng(31)
    close = small_at(expr.subs(s, sig) - sp.diff(sig, z), [z], rng.uniform(-6, 6, 12), 1e-12)
    assert diff == 0 and close, \
        "with s = sigma(z) substituted, your expression is not the derivative of the sigmoid"


def test_matches_central_differences(ex):
    z = np.linspace(-10, 10, 81)
    h = 1e-5
    numeric = (_ref_sigmoid(z + h) - _ref_sigmoid(z - h)) / (2 * h)
    assert_close(ex.sigmoid_prime(z), numeric, "sigmoid_prime on [-10, 10] (vs central differences)",
                 rtol=1e-6, atol=1e-9, reveal=False)
    assert_close(ex.sigmoid(z), _ref_sigmoid(z), "sigmoid on [-10, 10]", rtol=1e-9, reveal=False)


def test_finite_at_plus_minus_1000(ex):
    z = np.array([-1000.0, -745.0, -50.0, 50.0, 745.0, 1000.0])
    with np.errstate(all="ignore"):
        got = ex.sigmoid_prime(z)
        sig = ex.sigmoid(z)
    assert_finite(got, "sigmoid_prime at large |z|")
    assert_finite(sig, "sigmoid at large |z|")
    assert_close(got, np.zeros_like(z), "sigmoid_prime at large |z| (it should be almost 0)",
                 rtol=0, atol=1e-15, reveal=False)
    assert_close(sig, [0, 0, 0, 1, 1, 1], "sigmoid at large |z|", rtol=0, atol=1e-15, reveal=False)


def test_derivation_is_a_proof(ex):
    verdict, missing = _derivation(ex, 11)
    assert verdict.ok, verdict.message
    assert not missing, "the derivation does not pass through the steps the statement asks for"
