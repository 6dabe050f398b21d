"""Hidden checks: ch1.network.

The training check loads real digits here, in the grader process, with
grader.data, and hands them to the probe as uint8 pixels and int labels; the
probe builds the list of (x, y) pairs itself.  Accuracy is judged here, on
held-out digits, with the weights the student's SGD produced.
"""
import random

import numpy as np

from grader import data
from grader.checks import (as_array, assert_close, sgd_example_weights, sgd_scripted_data, sgd_short_batch_counts,
                           weight)
from grader.probes.ch1.network import params_and_call, sgd_run, train_on_digits

# Calibrated with seeded reference runs (see docs/benchmarks.md, "grading runs"):
# full data 10,000 digits x 3 epochs -> about 92-93 %; bundled sample 4,000 x 8 -> 89-92 %.
FULL = dict(n_train=10_000, n_test=2_000, epochs=3, threshold=0.85)
SAMPLE = dict(n_train=4_000, n_test=500, epochs=8, threshold=0.80)


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _forward(weights, biases, X):
    acts, zs = [X], []
    for w, b in zip(weights, biases):
        zs.append(w @ acts[-1] + b)
        acts.append(_sigmoid(zs[-1]))
    return acts, zs


def _gradient(weights, biases, X, Y):
    """Sum over the columns of X, Y of the gradient of the quadratic cost."""
    acts, zs = _forward(weights, biases, X)
    delta = (acts[-1] - Y) * _sigmoid(zs[-1]) * (1 - _sigmoid(zs[-1]))
    gb, gw = [None] * len(weights), [None] * len(weights)
    for l in range(len(weights) - 1, -1, -1):
        gb[l] = delta.sum(axis=1, keepdims=True)
        gw[l] = delta @ acts[l].T
        if l:
            s = _sigmoid(zs[l - 1])
            delta = (weights[l].T @ delta) * s * (1 - s)
    return gb, gw


def test_sigmoid_is_overflow_safe(ex):
    z = np.array([-1000.0, -800.0, -40.0, 0.0, 40.0, 800.0, 1000.0])
    s = as_array(ex.sigmoid(z), "sigmoid of large |z|", shape=z.shape)
    assert np.all(np.isfinite(s)), f"sigmoid gives NaN or inf for large |z|: {s}"
    assert 0.0 <= s[0] < 1e-100, f"sigmoid(-1000) should be (almost) 0, got {s[0]}"
    assert abs(s[-1] - 1.0) < 1e-15, f"sigmoid(1000) should be 1, got {s[-1]}"
    d = as_array(ex.sigmoid_prime(z), "sigmoid_prime of large |z|", shape=z.shape)
    assert np.all(np.isfinite(d)) and np.all(np.abs(d[[0, 1, 5, 6]]) < 1e-15), \
        f"sigmoid_prime should be finite and (almost) 0 for |z| >= 800, got {d}"


@weight(2)
def test_backprop_matches_finite_differences(ex):
    sizes = [5, 4, 3]
    rng = np.random.default_rng(21)
    x, y = rng.random((5, 1)), np.eye(3)[:, [1]]
    W, B = [rng.standard_normal((4, 5)), rng.standard_normal((3, 4))], [rng.standard_normal((4, 1)), rng.standard_normal((3, 1))]
    nb, nw = ex.probe(params_and_call, W, B, "backprop", (x, y))
    assert len(nb) == 2 and len(nw) == 2, "backprop should return one bias and one weight gradient per layer"

    def cost(Ws, Bs):
        return 0.5 * float(np.sum((_forward(Ws, Bs, x)[0][-1] - y) ** 2))

    h = 1e-6
    for l in range(2):
        for which, params, grad in (("weights", W, nw), ("biases", B, nb)):
            g = as_array(grad[l], f"nabla for the {which} of layer {l + 1}", shape=params[l].shape)
            fd = np.zeros_like(params[l])
            for idx in np.ndindex(params[l].shape):
                up = [p.copy() for p in params]
                dn = [p.copy() for p in params]
                up[l][idx] += h
                dn[l][idx] -= h
                args_up = (up, B) if which == "weights" else (W, up)
                args_dn = (dn, B) if which == "weights" else (W, dn)
                fd[idx] = (cost(*args_up) - cost(*args_dn)) / (2 * h)
            err = np.max(np.abs(g - fd)) / max(1e-8, np.max(np.abs(fd)))
            assert err < 1e-5, (f"backprop's gradient for the {which} of layer {l + 1} disagrees with "
                                f"finite differences (relative error {err:.2g}) on a 5-4-3 network")


@weight(2)
def test_update_mini_batch_arithmetic(ex):
    sizes = [6, 4, 3]
    rng = np.random.default_rng(5)
    for m, eta in ((1, 0.5), (7, 3.0)):
        X = rng.random((6, m))
        Y = np.eye(3)[:, rng.integers(0, 3, m)]
        W = [rng.standard_normal((4, 6)), rng.standard_normal((3, 4))]
        B = [rng.standard_normal((4, 1)), rng.standard_normal((3, 1))]
        new_w, new_b = ex.probe(params_and_call, W, B, "update", (X, Y, eta))
        gb, gw = _gradient(W, B, X, Y)
        for l in range(2):
            assert np.shape(new_b[l]) == B[l].shape, (f"after update_mini_batch (m = {m}) the biases of layer "
                                                     f"{l + 1} have shape {np.shape(new_b[l])}, not {B[l].shape}")
            assert_close(new_w[l], W[l] - eta / m * gw[l], f"weights of layer {l + 1} after one step with m = {m}",
                         rtol=1e-7, atol=1e-10, reveal=False)
            assert_close(new_b[l], B[l] - eta / m * gb[l], f"biases of layer {l + 1} after one step with m = {m}",
                         rtol=1e-7, atol=1e-10, reveal=False)


def test_evaluate_counts_correct_answers(ex):
    sizes = [4, 5, 3]
    rng = np.random.default_rng(8)
    X = rng.random((4, 40))
    labels = rng.integers(0, 3, 40)
    W = [rng.standard_normal((5, 4)), rng.standard_normal((3, 5))]
    B = [rng.standard_normal((5, 1)), rng.standard_normal((3, 1))]
    count = ex.probe(params_and_call, W, B, "evaluate", (X, labels))
    guesses = np.argmax(_forward(W, B, X)[0][-1], axis=0)
    want = int(np.sum(guesses == labels))
    assert isinstance(count, int) and not isinstance(count, bool), \
        f"evaluate should return a whole number of correct answers, got {count!r}"
    assert count == want, f"evaluate counted {count} correct answers out of 40; recount (argmax of the output vs the int label)"


def test_sgd_uneven_batches_other_sizes(ex):
    n, m, epochs, eta = 10, 4, 5, 1e-3
    W0, B0, X, Y, _ = sgd_scripted_data(n, n_out=3, seed=41)
    got = ex.probe(sgd_run, [W0], [B0], X, Y, None, epochs, m, eta, 9)
    W1 = as_array(got["weights"][0], "the weights after SGD", shape=W0.shape)
    counts = sgd_short_batch_counts(sgd_example_weights(W0, B0, W1, Y, eta), n, m, epochs)
    near = np.round(counts)
    assert np.all(np.abs(counts - near) < 0.15) and np.all(near >= 0) and int(near.sum()) == epochs * (n % m), (
        f"SGD on {n} examples with mini-batches of {m} (the last holds {n % m}): the weights did not move by "
        "steps of -(eta / m) times each mini-batch's summed gradient, m being that mini-batch's own size")
    assert near.max() < epochs, f"SGD on {n} examples: the same examples ended every epoch; shuffle every epoch"


@weight(4)
def test_trains_on_real_digits(ex):
    split = data.load()
    cfg = FULL if split.is_full else SAMPLE
    Xtr, ytr = data.sample_subset(cfg["n_train"], seed=1, part="training", split=split)
    Xte, yte = data.sample_subset(cfg["n_test"], seed=2, part="test", split=split)
    weights, biases = ex.probe(train_on_digits, Xtr, ytr, [784, 30, 10], cfg["epochs"], 10, 3.0, 7)
    assert [np.shape(w) for w in weights] == [(30, 784), (10, 30)], "after SGD the weights changed shape"
    assert [np.shape(b) for b in biases] == [(30, 1), (10, 1)], "after SGD the biases are no longer (30, 1) and (10, 1) columns"
    out = _forward([as_array(w) for w in weights], [as_array(b) for b in biases], Xte.T / 255.0)[0][-1]
    acc = float(np.mean(np.argmax(out, axis=0) == yte))
    assert acc >= cfg["threshold"], (
        f"after {cfg['epochs']} epochs of SGD on {len(ytr):,} real digits (784-30-10, eta 3.0, mini-batches of 10) "
        f"your network gets {acc:.1%} of {len(yte):,} held-out digits right; a correct network gets well over "
        f"{cfg['threshold']:.0%}")
