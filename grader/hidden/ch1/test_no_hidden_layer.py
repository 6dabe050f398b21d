"""Hidden checks: ch1.no_hidden_layer.

Digits are loaded here with grader.data and handed to the probe as uint8
pixels; the probe trains from a starting point fixed here (scaled normal
weights, so a correct answer cannot land in a saturated dead end), and the
accuracy is judged here on held-out digits.
"""
import random

import numpy as np

from grader import data
from grader.checks import as_array, assert_close, sgd_example_weights, sgd_scripted_data, sgd_short_batch_counts, weight
from grader.probes.ch1.no_hidden_layer import one_step, train_on_digits, train_scripted

# Calibrated with seeded reference runs (docs/benchmarks.md, "grading runs"):
# 784-10, eta 1.0: full data 10,000 x 3 epochs -> 90.0-91.1 %; sample 4,000 x 5 -> 87.8-90.4 %.
FULL = dict(n_train=10_000, n_test=2_000, epochs=3, threshold=0.82)
SAMPLE = dict(n_train=4_000, n_test=500, epochs=5, threshold=0.80)
ETA = 1.0


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def test_there_is_no_hidden_layer(ex):
    sizes = list(ex.layer_sizes())
    assert len(sizes) == 2, f"this network has no hidden layer: two layers, inputs and outputs (got {len(sizes)} layers)"
    assert sizes == [784, 10], f"the layers should be 784 inputs and 10 outputs, got {sizes}"


@weight(2)
def test_one_step_of_sgd(ex):
    rng = np.random.default_rng(3)
    W, B = rng.standard_normal((4, 6)), rng.standard_normal((4, 1))
    X, Y = rng.random((6, 5)), np.eye(4)[:, [0, 2, 1, 3, 2]]
    w2, b2 = ex.probe(one_step, W, B, X, Y, 0.7)
    a = _sigmoid(W @ X + B)
    delta = (a - Y) * a * (1 - a)
    assert_close(w2, W - 0.7 / 5 * delta @ X.T, "the weights after one mini-batch of 5 (eta 0.7)",
                 rtol=1e-7, atol=1e-10, reveal=False)
    assert_close(b2, B - 0.7 / 5 * delta.sum(axis=1, keepdims=True), "the biases after one mini-batch of 5 (eta 0.7)",
                 rtol=1e-7, atol=1e-10, reveal=False)


@weight(3)
def test_trains_on_real_digits(ex):
    split = data.load()
    cfg = FULL if split.is_full else SAMPLE
    Xtr, ytr = data.sample_subset(cfg["n_train"], seed=1, part="training", split=split)
    Xte, yte = data.sample_subset(cfg["n_test"], seed=2, part="test", split=split)
    sizes, weights, biases = ex.probe(train_on_digits, Xtr, ytr, cfg["epochs"], 10, ETA, 7)
    assert len(weights) == 1 and np.shape(weights[0]) == (10, 784), \
        f"the trained network should have one (10, 784) weight matrix, got shapes {[np.shape(w) for w in weights]}"
    assert np.shape(biases[0]) == (10, 1), f"the biases should stay a (10, 1) column, got {np.shape(biases[0])}"
    out = _sigmoid(as_array(weights[0]) @ (Xte.T / 255.0) + as_array(biases[0]))
    acc = float(np.mean(np.argmax(out, axis=0) == yte))
    assert acc >= cfg["threshold"], (
        f"after {cfg['epochs']} epochs on {len(ytr):,} real digits (eta {ETA}, mini-batches of 10) your 784-10 "
        f"network gets {acc:.1%} of {len(yte):,} held-out digits right; a correct one gets well over {cfg['threshold']:.0%}")


def test_train_uneven_batches_other_sizes(ex):
    n, m, epochs, eta = 11, 4, 5, 1e-3
    W0, B0, X, Y, _ = sgd_scripted_data(n, n_out=3, seed=52)
    w2, _ = ex.probe(train_scripted, W0, B0, X, Y, epochs, m, eta, 8)
    W1 = as_array(w2[0], "the trained weights", shape=W0.shape)
    counts = sgd_short_batch_counts(sgd_example_weights(W0, B0, W1, Y, eta), n, m, epochs)
    near = np.round(counts)
    assert np.all(np.abs(counts - near) < 0.15) and np.all(near >= 0) and int(near.sum()) == epochs * (n % m), (
        f"train on {n} examples with mini-batches of {m} (the last holds {n % m}): the weights did not move by "
        "steps of -(eta / m) times each mini-batch's summed gradient, m being that mini-batch's own size")
    assert near.max() < epochs, f"train on {n} examples: the same examples ended every epoch; shuffle every epoch"
