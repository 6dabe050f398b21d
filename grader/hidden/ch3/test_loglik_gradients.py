"""Hidden checks: ch3.loglik_gradients."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, small_at, as_array, assert_close, assert_finite, numerical_gradient, weight


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


@weight(3)
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
