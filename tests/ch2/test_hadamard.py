"""Visible checks: ch2.hadamard."""
import numpy as np

from grader.checks import assert_close
from grader.wire import StudentException


def test_book_style_example(ex):
    s = np.array([[1.0], [2.0]])
    t = np.array([[3.0], [4.0]])
    assert_close(ex.hadamard(s, t), [[3.0], [8.0]], "hadamard([1, 2], [3, 4]) (as columns)")


def test_diag_matrix_small(ex):
    assert_close(ex.diag_matrix(np.array([[1.0], [2.0]])), [[1.0, 0.0], [0.0, 2.0]], "diag_matrix([1, 2])")


def test_refuses_a_column_times_a_row(ex):
    try:
        out = ex.hadamard(np.ones((3, 1)), np.ones((1, 3)))
    except StudentException as exc:
        assert " raised ValueError" in exc.message, f"raise ValueError when the shapes differ ({exc.message})"
        return
    raise AssertionError(f"a (3, 1) column and a (1, 3) row have different shapes: raise ValueError "
                         f"(yours returned an array of shape {np.shape(out)})")
