"""Visible checks: ch2.linear_neurons."""
import numpy as np

from grader.checks import assert_close


def test_one_layer_gradient(ex):
    w, b = np.array([[1.0, 2.0]]), np.array([[0.5]])
    x, y = np.array([[1.0], [1.0]]), np.array([[3.0]])
    nb, nw = ex.backprop_linear([w], [b], x, y)
    # a = 1 + 2 + 0.5 = 3.5, so delta = a - y = 0.5
    assert_close(nb[0], [[0.5]], "nabla_b[0] for a = 3.5, y = 3")
    assert_close(nw[0], [[0.5, 0.5]], "nabla_w[0] = delta x^T")
