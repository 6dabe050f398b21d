"""Visible checks: ch2.four_equations (BP1 and BP4 against sympy's own derivatives)."""
import sympy as sp

from grader.derivation import equivalent


def _sig(t):
    return 1 / (1 + sp.exp(-t))


def test_bp1_is_dC_dz_of_the_output_layer(ex):
    z = sp.Matrix(sp.symbols("z1 z2"))
    y = sp.Matrix(sp.symbols("y1 y2"))
    a = z.applyfunc(_sig)
    cost = ((a - y).T * (a - y))[0] / 2
    got = ex.bp1(a, y, z)
    assert isinstance(got, sp.MatrixBase) and got.shape == (2, 1), \
        f"bp1 should return a 2x1 sympy matrix, got {got!r}"
    for j in range(2):
        assert equivalent(got[j], sp.diff(cost, z[j])), \
            f"entry {j} of bp1 is not dC/dz_{j + 1}; expected {sp.diff(cost, z[j])}, got {got[j]}"


def test_bp4_entry_is_a_prev_k_times_delta_j(ex):
    delta = sp.Matrix(sp.symbols("d1 d2"))
    a_prev = sp.Matrix(sp.symbols("p1 p2 p3"))
    got = ex.bp4(delta, a_prev)
    assert isinstance(got, sp.MatrixBase) and got.shape == (2, 3), \
        f"dC/dw for a 3 -> 2 layer should be a 2x3 matrix, got {getattr(got, 'shape', got)}"
    assert sp.expand(got[0, 2] - a_prev[2] * delta[0]) == 0, \
        f"entry (j=0, k=2) should be a_prev[2] * delta[0], got {got[0, 2]}"


def test_bp2_is_dC_dz_on_a_2_to_2_layer(ex):
    z = sp.Matrix(sp.symbols("z1 z2"))
    w = sp.Matrix(2, 2, sp.symbols("w11 w12 w21 w22"))
    d = sp.Matrix(sp.symbols("d1 d2"))
    cost = (d.T * (w * z.applyfunc(_sig)))[0]      # dC/du_k = d_k for u = w sigma(z)
    got = ex.bp2(w, d, z)
    assert isinstance(got, sp.MatrixBase) and got.shape == (2, 1), f"bp2 should return a 2x1 sympy matrix, got {got!r}"
    for j in range(2):
        assert equivalent(got[j], sp.diff(cost, z[j])), f"entry {j} of bp2 is not dC/dz^l_{j + 1}"


def test_bp3_is_delta(ex):
    delta = sp.Matrix(sp.symbols("d1 d2"))
    got = ex.bp3(delta)
    assert isinstance(got, sp.MatrixBase) and got.shape == (2, 1) and sp.expand(got - delta) == sp.zeros(2, 1), \
        f"dC/db^l should be the 2x1 column delta^l, got {got!r}"


def test_backprop_on_a_1_2_1_network(ex):
    w2, w3 = sp.Matrix(2, 1, sp.symbols("v1 v2")), sp.Matrix(1, 2, sp.symbols("u1 u2"))
    b2, b3 = sp.Matrix(sp.symbols("c1 c2")), sp.Matrix([sp.Symbol("e")])
    x, y = sp.Matrix([sp.Symbol("x")]), sp.Matrix([sp.Symbol("y")])
    a = (w3 * (w2 * x + b2).applyfunc(_sig) + b3).applyfunc(_sig)
    cost = ((a - y).T * (a - y))[0] / 2
    nabla_b, nabla_w = ex.backprop([w2, w3], [b2, b3], x, y)
    assert len(nabla_b) == 2 and len(nabla_w) == 2, "give one gradient per layer after the input (2)"
    for name, got, want in (("nabla_w", nabla_w, [w2, w3]), ("nabla_b", nabla_b, [b2, b3])):
        for l, (g, m) in enumerate(zip(got, want)):
            assert getattr(g, "shape", None) == m.shape, f"{name}[{l}] should have shape {m.shape}, got {getattr(g, 'shape', g)}"
            for idx, p in enumerate(m):
                assert equivalent(g[idx], sp.diff(cost, p)), f"{name}[{l}] entry {idx} is not dC/d{p}"
