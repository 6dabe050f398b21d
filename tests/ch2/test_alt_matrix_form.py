"""Visible checks: ch2.alt_matrix_form (the essay, show(), is graded by hand)."""
import numpy as np

from grader.checks import assert_close, weight


def _sp(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 - s)


def test_sigma_prime_matrix_and_output_error(ex):
    z = np.array([[0.0], [1.0], [-2.0]])
    want = np.diag(_sp(z).ravel())
    assert_close(ex.sigma_prime_matrix(z), want, "Sigma'(z) for z = (0, 1, -2)")
    g = np.array([[1.0], [-1.0], [2.0]])
    assert_close(ex.output_error(z, g), _sp(z) * g, "delta^L = Sigma'(z^L) grad_a C")


def test_hidden_error_on_a_2_to_3_layer(ex):
    w_next = np.array([[1.0, -2.0], [0.5, 0.0], [-1.0, 3.0]])      # w^{l+1}: layer l has 2 neurons, l+1 has 3
    d_next = np.array([[0.1], [-0.2], [0.3]])
    z = np.array([[0.5], [-1.0]])
    assert_close(ex.hidden_error(w_next, d_next, z), (w_next.T @ d_next) * _sp(z),
                 "delta^l = Sigma'(z^l) (w^{l+1})^T delta^{l+1} for a layer of 2 feeding a layer of 3")


@weight(2)
def test_all_deltas_on_a_3_2_2_network(ex):
    w2 = np.array([[0.2, -0.4, 0.1], [0.3, 0.5, -0.6]])           # layer 1 (input, 3) -> layer 2 (2)
    w3 = np.array([[1.0, -1.0], [0.5, 2.0]])                        # layer 2 -> layer 3 (output, 2)
    z2, z3 = np.array([[0.1], [-0.3]]), np.array([[0.7], [-0.2]])
    g = np.array([[0.4], [-0.9]])
    d3 = _sp(z3) * g
    d2 = (w3.T @ d3) * _sp(z2)
    got = ex.all_deltas([w2, w3], [z2, z3], g)
    assert isinstance(got, list) and len(got) == 2, \
        f"all_deltas should return [delta^2, delta^3] (one per layer after the input), got {type(got).__name__} of length {len(got) if hasattr(got, '__len__') else '?'}"
    assert_close(got[0], d2, "delta^2 of a 3-2-2 network")
    assert_close(got[1], d3, "delta^3 of a 3-2-2 network")
