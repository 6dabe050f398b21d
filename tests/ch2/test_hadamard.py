"""Visible checks: ch2.hadamard."""
import numpy as np

from grader.checks import assert_close


def test_book_style_example(ex):
    s = np.array([[1.0], [2.0]])
    t = np.array([[3.0], [4.0]])
    assert_close(ex.hadamard(s, t), [[3.0], [8.0]], "hadamard([1, 2], [3, 4]) (as columns)")


def test_diag_matrix_small(ex):
    assert_close(ex.diag_matrix(np.array([[1.0], [2.0]])), [[1.0, 0.0], [0.0, 2.0]], "diag_matrix([1, 2])")
