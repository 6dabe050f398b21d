"""Hidden checks: ch2.hadamard."""
import numpy as np

from grader.checks import assert_close, weight
from grader.wire import StudentException


def _refusal(ex, s, t):
    """What hadamard(s, t) did, observed by the grader itself (no probe: the call comes from here)."""
    try:
        out = ex.hadamard(s, t)
    except StudentException as exc:
        return "ValueError" if " raised ValueError" in exc.message else exc.message
    return f"returned an array of shape {np.shape(out)}"


@weight(2)
def test_random_columns_keep_their_shape(ex):
    rng = np.random.default_rng(41)
    for n in (1, 3, 7):
        s, t = rng.normal(size=(n, 1)), rng.normal(size=(n, 1))
        assert_close(ex.hadamard(s, t), s * t, f"hadamard of two ({n}, 1) columns", reveal=False)
    s, t = rng.normal(size=5), rng.normal(size=5)
    assert_close(ex.hadamard(s, t), s * t, "hadamard of two flat vectors of length 5", reveal=False)


def test_refuses_mismatched_shapes(ex):
    for s, t in (((2, 1), (1, 2)), ((4, 1), (4,)), ((5, 1), (1, 1)), ((1, 3), (3, 1))):
        got = _refusal(ex, np.ones(s), np.ones(t))
        assert got == "ValueError", f"shapes {s} and {t} differ: raise ValueError (yours {got})"


def test_diag_matrix_product_is_hadamard(ex):
    rng = np.random.default_rng(42)
    s, t = rng.normal(size=(4, 1)), rng.normal(size=(4, 1))
    d = np.asarray(ex.diag_matrix(s), dtype=float)
    assert d.shape == (4, 4), f"diag_matrix of a (4, 1) column should be 4x4, got {d.shape}"
    assert_close(d @ t, s * t, "diag_matrix(s) @ t (it should equal s (.) t)", reveal=False)
