"""Hidden checks: ch3.softmax_monotone."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, small_at, as_array, assert_close, assert_finite, weight


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


@weight(2)
def test_jacobian_matches_finite_differences(ex):
    rng = np.random.default_rng(48)
    h = 1e-6
    for n in (3, 5):
        z = rng.normal(0, 1.5, n)
        fd = np.zeros((n, n))
        for k in range(n):
            d = np.zeros(n)
            d[k] = h
            fd[:, k] = (_softmax(z + d) - _softmax(z - d)) / (2 * h)
        assert_close(ex.softmax_jacobian(z), fd, f"softmax_jacobian for {n} classes (vs finite differences)",
                     rtol=1e-6, atol=1e-9, reveal=False)


def test_jacobian_signs_and_columns(ex):
    z = np.array([3.0, -1.0, 0.5, 2.0, -2.0])
    J = as_array(ex.softmax_jacobian(z), "softmax_jacobian", shape=(5, 5))
    off = J[~np.eye(5, dtype=bool)]
    assert np.all(np.diag(J) > 0), "every diagonal entry da_j/dz_j should be positive"
    assert np.all(off < 0), "every off-diagonal entry da_j/dz_k (j != k) should be negative"
    assert np.allclose(J.sum(axis=0), 0, atol=1e-12), \
        "each column should add up to 0: the activations always sum to 1, whatever z_k does"


def test_large_inputs_stay_finite(ex):
    z = np.array([1000.0, 999.0, 998.0])
    a = ex.softmax(z)
    assert_finite(a, "softmax of (1000, 999, 998)")
    assert_close(a, _softmax(z), "softmax of (1000, 999, 998)", reveal=False)
    assert_finite(ex.softmax_jacobian(z), "softmax_jacobian at (1000, 999, 998)")


@weight(2)
def test_jacobian_entry_symbolic(ex):
    z = sp.symbols("z0:3")
    den = sum(sp.exp(t) for t in z)
    act = [sp.exp(t) / den for t in z]
    aj, ak = sp.symbols("a_j a_k", positive=True)
    rng = np.random.default_rng(49)
    pts = rng.normal(0, 1, (5, 3))
    for j in range(3):
        for k in range(3):
            entry = ex.jacobian_entry(aj, aj if j == k else ak, j == k)
            assert isinstance(entry, sp.Basic), "jacobian_entry should return a sympy expression"
            got = as_expr(entry, "jacobian_entry").subs({aj: act[j], ak: act[k]})
            gap = got - sp.diff(act[j], z[k])
            ok = small_at(gap, z, pts, 1e-12) and sp.simplify(gap) == 0
            assert ok, f"jacobian_entry is wrong for {'j = k' if j == k else 'j != k'}"
