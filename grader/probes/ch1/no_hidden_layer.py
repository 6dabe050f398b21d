"""Probes of ch1.no_hidden_layer: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def train_on_digits(mod, images, labels, epochs, mini_batch_size, eta, seed):
    random.seed(seed)
    np.random.seed(seed)
    sizes = list(mod.layer_sizes())
    X = images.astype(np.float64) / 255.0
    eye = np.eye(10)
    training_data = [(x.reshape(784, 1), eye[j].reshape(10, 1)) for x, j in zip(X, labels)]
    rng = np.random.default_rng(seed)
    W = [rng.standard_normal((o, i)) / np.sqrt(i) for i, o in zip(sizes[:-1], sizes[1:])]
    B = [rng.standard_normal((o, 1)) for o in sizes[1:]]
    w2, b2 = mod.train(W, B, training_data, epochs, mini_batch_size, eta)
    return sizes, [np.asarray(w, dtype=float) for w in w2], [np.asarray(b, dtype=float) for b in b2]


@probe
def one_step(mod, W, B, X, Y, eta):
    pairs = [(X[:, [k]], Y[:, [k]]) for k in range(X.shape[1])]
    w2, b2 = mod.train([W], [B], pairs, 1, len(pairs), eta)
    return np.asarray(w2[0], dtype=float), np.asarray(b2[0], dtype=float)


@probe
def train_tiny(mod, W, b, X, Y, seed):
    random.seed(seed)
    np.random.seed(seed)
    data = [(X[:, [k]], Y[:, [k]]) for k in range(X.shape[1])]
    w2, b2 = mod.train([W], [b], data, 2, 2, 0.5)
    return [np.asarray(w, dtype=float) for w in w2], [np.asarray(x, dtype=float) for x in b2]


@probe
def train_scripted(mod, W, B, X, Y, epochs, mini_batch_size, eta, seed):
    """train from the check's parameters on the check's examples (the columns of X, Y)."""
    random.seed(seed)
    np.random.seed(seed)
    data = [(X[:, [k]], Y[:, [k]]) for k in range(X.shape[1])]
    w2, b2 = mod.train([W], [B], data, epochs, mini_batch_size, eta)
    return [np.asarray(w, dtype=float) for w in w2], [np.asarray(x, dtype=float) for x in b2]
