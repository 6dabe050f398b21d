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


def test_two_layer_gradient(ex):
    w2, b2 = np.array([[1.0, -1.0], [2.0, 0.5]]), np.array([[0.1], [-0.2]])   # layer 1 (2) -> layer 2 (2)
    w3, b3 = np.array([[0.5, 1.5]]), np.array([[0.3]])                         # layer 2 -> layer 3 (1)
    x, y = np.array([[1.0], [2.0]]), np.array([[1.0]])
    a2 = w2 @ x + b2                        # (-0.9, 2.8)
    a3 = w3 @ a2 + b3                       # 4.05
    d3 = a3 - y
    d2 = w3.T @ d3
    nb, nw = ex.backprop_linear([w2, w3], [b2, b3], x, y)
    assert_close(nb[1], d3, "nabla_b for the output layer of a 2-2-1 linear network")
    assert_close(nw[1], d3 @ a2.T, "nabla_w for the output layer of a 2-2-1 linear network")
    assert_close(nb[0], d2, "nabla_b for the hidden layer of a 2-2-1 linear network")
    assert_close(nw[0], d2 @ x.T, "nabla_w for the hidden layer of a 2-2-1 linear network")


def test_collapse_of_a_2_2_1_network(ex):
    w2, b2 = np.array([[1.0, -1.0], [2.0, 0.5]]), np.array([[0.1], [-0.2]])
    w3, b3 = np.array([[0.5, 1.5]]), np.array([[0.3]])
    W, b = ex.collapse([w2, w3], [b2, b3])
    W, b = np.asarray(W, dtype=float), np.asarray(b, dtype=float).reshape(-1, 1)
    assert W.shape == (1, 2), f"W of a 2-2-1 network should be 1x2, got {W.shape}"
    for x in (np.array([[1.0], [2.0]]), np.array([[-3.0], [0.5]])):
        assert_close(W @ x + b, w3 @ (w2 @ x + b2) + b3, f"W x + b at x = {x.ravel().tolist()} (vs the network)")
