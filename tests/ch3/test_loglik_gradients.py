"""Visible checks: ch3.loglik_gradients."""
import sympy as sp

from grader.checks import as_expr, weight
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


def test_two_classes_at_zero(ex):
    z = list(sp.symbols("z0:2"))
    grads = ex.dC_dz(z, 0)
    got = [float(as_expr(g).subs({z[0]: 0, z[1]: 0})) for g in grads]
    assert len(got) == 2 and abs(got[0] + 0.5) < 1e-12 and abs(got[1] - 0.5) < 1e-12, \
        f"at z = (0, 0) with y = 0, a = (1/2, 1/2) so dC/dz should be (-1/2, 1/2); got {got}"


@weight(3)
def test_derivation_holds(ex):
    for y, j in ((0, 0), (0, 2)):
        verdict, missing = _derivation(ex, 3, y, j, 0)
        assert verdict.ok, f"derivation(z, {y}, {j}) with 3 classes: {verdict.message}"
        assert not missing, (f"derivation(z, {y}, {j}): every step holds, but the chain skips what the proof "
                             "needs: " + "; ".join(missing))
