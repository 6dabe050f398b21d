"""Visible checks: ch1.network."""
import random

import numpy as np

from grader.checks import (as_array, assert_close, numerical_gradient, sgd_example_weights, sgd_scripted_data,
                           sgd_short_batch_counts, sigmoid, weight)
from grader.probes.ch1.network import build_small, params_and_call, sgd_run, sigmoid_overflow


def test_sigmoid_basics(ex):
    s = as_array(ex.sigmoid(np.array([[0.0], [2.0]])), "sigmoid of a column", shape=(2, 1))
    assert abs(s[0, 0] - 0.5) < 1e-12, f"sigmoid(0) should be 0.5, got {s[0, 0]}"
    assert abs(s[1, 0] - 1 / (1 + np.exp(-2.0))) < 1e-12, f"sigmoid(2) should be 1/(1+e^-2), got {s[1, 0]}"
    d = float(np.asarray(ex.sigmoid_prime(np.array([0.0])))[0])
    assert abs(d - 0.25) < 1e-12, f"sigmoid'(0) should be 0.25, got {d}"


@weight(2)
def test_layer_shapes_and_feedforward(ex):
    got = ex.probe(build_small, [3, 4, 2], 0)
    assert got["num_layers"] == 3, f"Network([3, 4, 2]) has 3 layers, num_layers is {got['num_layers']}"
    assert list(got["sizes"]) == [3, 4, 2], f"sizes should be [3, 4, 2], got {got['sizes']}"
    assert [tuple(s) for s in got["w"]] == [(4, 3), (2, 4)], \
        f"weights should have shapes (4, 3) and (2, 4) (n_out, n_in), got {got['w']}"
    assert [tuple(s) for s in got["b"]] == [(4, 1), (2, 1)], \
        f"biases should be columns of shapes (4, 1) and (2, 1), got {got['b']}"
    out = as_array(got["out"], "feedforward of a (3, 1) input", shape=(2, 1))
    assert np.all((out > 0) & (out < 1)), f"sigmoid outputs lie strictly between 0 and 1, got {out.ravel()}"
    dC = as_array(got["dC"], "cost_derivative(a, y)", shape=(2, 1))
    assert np.allclose(dC.ravel(), [-0.25, 0.25]), f"for the quadratic cost dC/da = a - y = [-0.25, 0.25], got {dC.ravel()}"
    rng = np.random.default_rng(12)
    W, B = [rng.normal(size=(4, 3)), rng.normal(size=(2, 4))], [rng.normal(size=(4, 1)), rng.normal(size=(2, 1))]
    x = np.array([[0.0], [0.5], [1.0]])
    out = ex.probe(params_and_call, W, B, "feedforward", x)
    assert_close(out, sigmoid(W[1] @ sigmoid(W[0] @ x + B[0]) + B[1]),
                 "feedforward of x = [0, 0.5, 1] with given weights and biases (3-4-2)", rtol=1e-9, atol=1e-12)


def test_sigmoid_does_not_overflow(ex):
    z = np.array([-1000.0, -800.0, 0.0, 800.0, 1000.0])
    got = ex.probe(sigmoid_overflow, z)
    assert got["error"] is None, (f"sigmoid or sigmoid_prime overflows at z = {z.tolist()} (numpy reports: "
                                  f"{got['error']}); they must not overflow for large |z|")
    s = as_array(got["sigmoid"], "sigmoid of large |z|", shape=z.shape)
    d = as_array(got["prime"], "sigmoid_prime of large |z|", shape=z.shape)
    assert np.allclose(s, [0.0, 0.0, 0.5, 1.0, 1.0], rtol=0, atol=1e-15), \
        f"sigmoid at z = {z.tolist()} should be (almost) 0, 0, 0.5, 1, 1; got {s.tolist()}"
    assert np.allclose(d, [0.0, 0.0, 0.25, 0.0, 0.0], rtol=0, atol=1e-15), \
        f"sigmoid_prime at z = {z.tolist()} should be (almost) 0, 0, 0.25, 0, 0; got {d.tolist()}"


def sgd_groups(ex, n, m, epochs, data_seed, seed):
    """Run SGD on a scripted set of n examples and read back, per example, in how many epochs it
    was in the short last mini-batch (each example moves only its own weights)."""
    eta = 1e-3
    W0, B0, X, Y, _ = sgd_scripted_data(n, seed=data_seed)
    got = ex.probe(sgd_run, [W0], [B0], X, Y, None, epochs, m, eta, seed)
    W1 = as_array(got["weights"][0], "the weights after SGD", shape=W0.shape)
    counts = sgd_short_batch_counts(sgd_example_weights(W0, B0, W1, Y, eta), n, m, epochs)
    where = (f"SGD on {n} examples for {epochs} epochs with mini_batch_size = {m} (so {n // m} mini-batches "
             f"of {m} and a last one of {n % m} each epoch)")
    near = np.round(counts)
    assert np.all(np.abs(counts - near) < 0.15) and np.all(near >= 0), (
        f"{where}: the weights did not move by steps of -(eta / m) times the summed gradient of each "
        "mini-batch, where m is the number of pairs in that mini-batch (is the last, shorter one "
        "skipped, or divided by mini_batch_size instead of its own size?)")
    assert int(near.sum()) == epochs, (
        f"{where}: each epoch should end with exactly one short mini-batch, stepped with eta divided by "
        f"its own size; the weights show {int(near.sum())} such steps in {epochs} epochs")
    assert near.max() < epochs, (
        f"{where}: the same example was in the last mini-batch in every epoch; shuffle the training "
        "data at the start of every epoch")


@weight(2)
def test_sgd_shuffles_every_epoch_and_keeps_the_short_batch(ex):
    sgd_groups(ex, 7, 3, 6, data_seed=31, seed=5)


def test_sgd_prints_and_returns_the_counts(ex):
    W0, B0, X, Y, labels = sgd_scripted_data(7, seed=32)
    epochs = 3
    got = ex.probe(sgd_run, [W0], [B0], X, Y, labels, epochs, 2, 3.0, 6)
    returned = got["returned"]
    assert isinstance(returned, list) and len(returned) == epochs, \
        f"SGD with test_data should return a list with one count per epoch ({epochs}), got {returned!r}"
    assert all(isinstance(c, int) and not isinstance(c, bool) for c in returned), \
        f"SGD should return whole numbers of correct test answers, got {returned!r}"
    W1 = as_array(got["weights"][0], "the weights after SGD", shape=W0.shape)
    B1 = as_array(got["biases"][0], "the biases after SGD", shape=B0.shape)
    final = int(np.sum(np.argmax(sigmoid(W1 @ X + B1), axis=0) == labels))
    assert returned[-1] == final, (f"after the last epoch the trained network gets {final} of the 7 test "
                                   f"examples right, but SGD returned {returned[-1]} for that epoch")
    lines = [line.strip() for line in got["printed"].splitlines() if line.strip().startswith("Epoch")]
    want = [f"Epoch {j}: {c} / 7" for j, c in enumerate(returned)]
    assert lines == want, (f"with test_data SGD should print one line per epoch, {want[0]!r} and so on; "
                           f"it printed {lines[:4]!r}")


def small_case(seed, m):
    rng = np.random.default_rng(seed)
    W = [rng.normal(size=(3, 2)), rng.normal(size=(2, 3))]
    B = [rng.normal(size=(3, 1)), rng.normal(size=(2, 1))]
    X, Y = rng.random((2, m)), np.eye(2)[:, rng.integers(0, 2, m)]
    return W, B, X, Y


def summed_cost_gradient(W, B, X, Y):
    """Gradient of the quadratic cost summed over the columns of X, Y, by central differences."""
    W, B = [w.copy() for w in W], [b.copy() for b in B]

    def cost():
        a = X
        for w, b in zip(W, B):
            a = sigmoid(w @ a + b)
        return 0.5 * float(np.sum((a - Y) ** 2))

    grads = numerical_gradient(cost, W + B)
    return grads[:2], grads[2:]


def test_backprop_example(ex):
    W, B, x, y = small_case(71, 1)
    nb, nw = ex.probe(params_and_call, W, B, "backprop", (x, y))
    gw, gb = summed_cost_gradient(W, B, x, y)
    for l in range(2):
        assert_close(nw[l], gw[l], f"backprop's nabla_w for layer {l + 1} of a 2-3-2 network", rtol=1e-5, atol=1e-8)
        assert_close(nb[l], gb[l], f"backprop's nabla_b for layer {l + 1} of a 2-3-2 network", rtol=1e-5, atol=1e-8)


def test_update_mini_batch_example(ex):
    eta = 2.0
    W, B, X, Y = small_case(72, 3)
    new_w, new_b = ex.probe(params_and_call, W, B, "update", (X, Y, eta))
    gw, gb = summed_cost_gradient(W, B, X, Y)
    for l in range(2):
        assert_close(new_w[l], W[l] - eta / 3 * gw[l], f"the weights of layer {l + 1} after one step on 3 pairs, eta = 2",
                     rtol=1e-5, atol=1e-8)
        assert_close(new_b[l], B[l] - eta / 3 * gb[l], f"the biases of layer {l + 1} after one step on 3 pairs, eta = 2",
                     rtol=1e-5, atol=1e-8)


def test_evaluate_example(ex):
    W, B, X, _ = small_case(73, 12)
    labels = np.random.default_rng(74).integers(0, 2, 12)
    count = ex.probe(params_and_call, W, B, "evaluate", (X, labels))
    want = int(np.sum(np.argmax(sigmoid(W[1] @ sigmoid(W[0] @ X + B[0]) + B[1]), axis=0) == labels))
    assert isinstance(count, int) and not isinstance(count, bool), \
        f"evaluate should return a whole number of correct answers, got {count!r}"
    assert count == want, f"evaluate counted {count} correct answers of 12, the network gets {want} right"
