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


def _tiny_batch():
    w2, b2 = np.array([[0.5, -1.0], [0.2, 0.3], [-0.4, 0.1]]), np.array([[0.25], [-0.5], [0.1]])
    w3, b3 = np.array([[1.0, -0.5, 0.3]]), np.array([[0.2]])
    X = np.array([[1.0, -0.5, 0.3], [2.0, 0.1, -1.2]])             # three examples as columns
    Y = np.array([[1.0, 0.0, 0.5]])
    return [w2, w3], [b2, b3], X, Y


def _per_example(ws, bs, x, y):
    sig = lambda z: 1 / (1 + np.exp(-z))  # noqa: E731
    acts, zs = [x], []
    for w, b in zip(ws, bs):
        zs.append(w @ acts[-1] + b)
        acts.append(sig(zs[-1]))
    d = (acts[-1] - y) * sig(zs[-1]) * (1 - sig(zs[-1]))
    gb, gw = [None, d], [None, d @ acts[1].T]
    d = (ws[1].T @ d) * sig(zs[0]) * (1 - sig(zs[0]))
    gb[0], gw[0] = d, d @ acts[0].T
    return gb, gw


def test_summed_gradients_of_a_batch_of_three(ex):
    ws, bs, X, Y = _tiny_batch()
    parts = [_per_example(ws, bs, X[:, [i]], Y[:, [i]]) for i in range(3)]
    nb, nw = ex.backprop_matrix(ws, bs, X, Y)
    for l in range(2):
        assert_close(nb[l], sum(p[0][l] for p in parts), f"nabla_b[{l}]: the sum over 3 examples, an (n, 1) column")
        assert_close(nw[l], sum(p[1][l] for p in parts), f"nabla_w[{l}]: the sum over 3 examples")


def test_update_of_a_batch_of_three_is_the_loop_update(ex):
    ws, bs, X, Y = _tiny_batch()
    parts = [_per_example(ws, bs, X[:, [i]], Y[:, [i]]) for i in range(3)]
    new_w, new_b = ex.update_mini_batch(ws, bs, X, Y, 2.0)
    for l in range(2):
        assert_close(new_b[l], bs[l] - 2.0 / 3 * sum(p[0][l] for p in parts), f"biases[{l}] after one step, m = 3, eta = 2")
        assert_close(new_w[l], ws[l] - 2.0 / 3 * sum(p[1][l] for p in parts), f"weights[{l}] after one step, m = 3, eta = 2")
