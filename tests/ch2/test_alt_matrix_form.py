"""Visible checks: ch2.alt_matrix_form."""
import numpy as np

from grader.checks import assert_close


def _sp(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 - s)


def test_sigma_prime_matrix_and_output_error(ex):
    z = np.array([[0.0], [1.0], [-2.0]])
    want = np.diag(_sp(z).ravel())
    assert_close(ex.sigma_prime_matrix(z), want, "Sigma'(z) for z = (0, 1, -2)")
    g = np.array([[1.0], [-1.0], [2.0]])
    assert_close(ex.output_error(z, g), _sp(z) * g, "delta^L = Sigma'(z^L) grad_a C")
