"""Hidden checks: ch1.no_hidden_layer.

Digits are loaded here with grader.data and handed to the probe as uint8
pixels; the probe trains from a starting point fixed here (scaled normal
weights, so a correct answer cannot land in a saturated dead end), and the
accuracy is judged here on held-out digits.
"""
import random

import numpy as np

from grader import data
from grader.checks import as_array, assert_close, weight
from grader.probes.ch1.no_hidden_layer import train_on_digits, one_step

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


def test_reported_accuracy_is_plausible(ex):
    r = ex.reported_accuracy()
    assert isinstance(r, (int, float)) and not isinstance(r, bool), f"report a number (a percentage), got {r!r}"
    assert r > 1, f"report a percentage such as 87.5, not a fraction (got {r})"
    assert 50 <= r <= 97, (f"{r}% is not what a working 784-10 network reaches on the test digits; "
                           "near 10% means it learned nothing (is eta far too large?)")
