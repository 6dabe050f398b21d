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
