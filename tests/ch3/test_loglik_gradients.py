"""Visible checks: ch3.loglik_gradients."""
import sympy as sp

from grader.checks import as_expr


def test_two_classes_at_zero(ex):
    z = list(sp.symbols("z0:2"))
    grads = ex.dC_dz(z, 0)
    got = [float(as_expr(g).subs({z[0]: 0, z[1]: 0})) for g in grads]
    assert len(got) == 2 and abs(got[0] + 0.5) < 1e-12 and abs(got[1] - 0.5) < 1e-12, \
        f"at z = (0, 0) with y = 0, a = (1/2, 1/2) so dC/dz should be (-1/2, 1/2); got {got}"
