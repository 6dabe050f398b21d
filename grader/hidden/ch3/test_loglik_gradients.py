"""Hidden checks: ch3.loglik_gradients."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, small_at, as_array, assert_close, assert_finite, numerical_gradient, weight
from grader.derivation import check_chain, same_form


def _linear(e):
    """Derivatives split over sums and constant factors; derivatives of the z's themselves worked out."""
    def split(d):
        body, xs = d.expr, d.variables
        if body.is_Add:
            return sp.Add(*[split(sp.Derivative(t, *xs)) for t in body.args])
        coeff, rest = body.as_coeff_Mul()
        if coeff != 1:
            return coeff * split(sp.Derivative(rest, *xs))
        if not body.has(sp.exp, sp.log):
            return d.doit()
        return d
    return e.replace(lambda x: isinstance(x, sp.Derivative), split) if isinstance(e, sp.Basic) else e


def _derivation(ex, n, y, j, seed):
    """(verdict, missing): the chain from dC/dz_j to the student's dC_dz(z, y)[j], and the steps it skips."""
    z = list(sp.symbols(f"z0:{n}"))
    S = sum(sp.exp(t) for t in z)
    start = sp.Derivative(-sp.log(sp.exp(z[y]) / S), z[j])
    claim = as_expr(ex.dC_dz(z, y)[j], f"dC_dz(z, {y})[{j}]")
    steps = ex.derivation(z, y, j)
    verdict = check_chain(steps, start, claim, symbols=z, seed=seed)
    if not verdict.ok:
        return verdict, []
    d = 1 if j == y else 0
    ey = sp.exp(z[y])
    chain_rule = [_linear(f) for f in (-d + sp.Derivative(sp.log(S), z[j]), -S / ey * sp.Derivative(ey / S, z[j]))]
    inner = _linear(-d + sp.Derivative(S, z[j]) / S)
    middle = []
    for s in list(steps)[1:-1]:  # a repeated step counts once
        s = _linear(s)
        if not any(same_form(s, m) for m in middle):
            middle.append(s)
    first = next((i for i, s in enumerate(middle) if any(same_form(s, f) for f in chain_rule)), None)
    if first is None:
        return verdict, ["the chain rule through the logarithm, with the derivative that remains not yet "
                         "worked out (an unevaluated sympy.Derivative)",
                         "that derivative worked out, in a step before the final form"]
    worked = any(same_form(s, inner) or (not s.has(sp.Derivative) and not same_form(s, _linear(claim)))
                 for s in middle[first + 1:])
    return verdict, [] if worked else ["that derivative worked out, in a step before the final form"]


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def test_dC_dz_symbolic(ex):
    z = list(sp.symbols("z0:3"))
    den = sum(sp.exp(t) for t in z)
    pts = np.random.default_rng(54).normal(0, 1.5, (5, 3))
    for y in range(3):
        grads = ex.dC_dz(z, y)
        assert len(grads) == 3, f"dC_dz should give one derivative per class (3), got {len(grads)}"
        for j in range(3):
            want = sp.exp(z[j]) / den - (1 if j == y else 0)
            gap = as_expr(grads[j], f"dC/dz_{j}") - want
            ok = small_at(gap, z, pts, 1e-12) and sp.simplify(gap) == 0
            assert ok, f"dC/dz_{j} is wrong when the true class is y = {y}"


def _layer(seed, n, m, scale):
    rng = np.random.default_rng(seed)
    return rng.normal(0, scale, (n, m)), rng.normal(0, scale, (n, 1)), rng.normal(size=(m, 1)), int(rng.integers(n))


@weight(2)
def test_gradients_match_finite_differences(ex):
    for seed, n, m in ((55, 3, 4), (56, 5, 2)):
        W, b, x, y = _layer(seed, n, m, 1.0)

        def cost():
            return -float(np.log(_softmax(W @ x + b)[y, 0]))

        nabla_b, nabla_w = ex.gradients(W, b, x, y)
        fd_w, fd_b = numerical_gradient(cost, [W, b])
        assert_close(nabla_w, fd_w, f"nabla_w for {n} classes and {m} inputs (vs finite differences)",
                     rtol=1e-5, atol=1e-8, reveal=False)
        assert_close(as_array(nabla_b, "nabla_b").reshape(n, 1), fd_b,
                     f"nabla_b for {n} classes (vs finite differences)", rtol=1e-5, atol=1e-8, reveal=False)


def test_gradients_with_large_weighted_inputs(ex):
    W, b, x, y = _layer(57, 4, 3, 400.0)
    a = _softmax(W @ x + b)
    onehot = np.zeros_like(a)
    onehot[y] = 1
    nabla_b, nabla_w = ex.gradients(W, b, x, y)
    assert_finite(nabla_w, "nabla_w when the weighted inputs are large")
    assert_close(as_array(nabla_b, "nabla_b").reshape(-1, 1), a - onehot,
                 "nabla_b when the weighted inputs are large", rtol=1e-9, atol=1e-12, reveal=False)


def test_derivation_is_a_proof(ex):
    for y, j in ((2, 2), (2, 1)):
        verdict, missing = _derivation(ex, 4, y, j, 5)
        assert verdict.ok, f"derivation(z, {y}, {j}) with 4 classes: {verdict.message}"
        assert not missing, f"derivation(z, {y}, {j}) with 4 classes skips a step the statement asks for"
