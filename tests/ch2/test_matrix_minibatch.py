"""Visible checks: ch2.matrix_minibatch."""
import numpy as np

from grader.checks import assert_close


def test_batch_of_one_is_plain_backprop(ex):
    w, b = np.array([[0.5, -1.0]]), np.array([[0.25]])
    x, y = np.array([[1.0], [2.0]]), np.array([[1.0]])
    z = (w @ x + b).item()
    a = 1 / (1 + np.exp(-z))
    delta = (a - 1.0) * a * (1 - a)
    nb, nw = ex.backprop_matrix([w], [b], x, y)
    assert_close(nb[0], [[delta]], "nabla_b[0] for a single example")
    assert_close(nw[0], [[delta * 1.0, delta * 2.0]], "nabla_w[0] for a single example")
