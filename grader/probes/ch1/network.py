"""Probes of ch1.network: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def params_and_call(mod, sizes, seed, what, args):
    np.random.seed(seed)
    random.seed(seed)
    net = mod.Network(list(sizes))
    rng = np.random.default_rng(seed)
    net.weights = [rng.standard_normal((o, i)) for i, o in zip(sizes[:-1], sizes[1:])]
    net.biases = [rng.standard_normal((o, 1)) for o in sizes[1:]]
    before = ([w.copy() for w in net.weights], [b.copy() for b in net.biases])
    if what == "backprop":
        x, y = args
        nb, nw = net.backprop(x, y)
        result = [[np.asarray(b, dtype=float) for b in nb], [np.asarray(w, dtype=float) for w in nw]]
    elif what == "update":
        X, Y, eta = args
        batch = [(X[:, [k]], Y[:, [k]]) for k in range(X.shape[1])]
        net.update_mini_batch(batch, eta)
        result = [[np.asarray(w, dtype=float) for w in net.weights], [np.asarray(b, dtype=float) for b in net.biases]]
    else:
        X, labels = args
        result = net.evaluate([(X[:, [k]], int(labels[k])) for k in range(X.shape[1])])
        if isinstance(result, (np.integer, np.floating)):
            result = result.item()
    return {"weights": before[0], "biases": before[1], "result": result}


@probe
def train_on_digits(mod, images, labels, sizes, epochs, mini_batch_size, eta, seed):
    import contextlib
    import io
    np.random.seed(seed)
    random.seed(seed)
    X = images.astype(np.float64) / 255.0
    eye = np.eye(10)
    training_data = [(x.reshape(784, 1), eye[j].reshape(10, 1)) for x, j in zip(X, labels)]
    net = mod.Network(list(sizes))
    # The starting point is fixed here, so every correct style follows the same path.
    rng = np.random.default_rng(seed)
    net.weights = [rng.standard_normal((o, i)) / np.sqrt(i) for i, o in zip(sizes[:-1], sizes[1:])]
    net.biases = [rng.standard_normal((o, 1)) for o in sizes[1:]]
    with contextlib.redirect_stdout(io.StringIO()):
        net.SGD(training_data, epochs, mini_batch_size, eta)
    return [np.asarray(w, dtype=float) for w in net.weights], [np.asarray(b, dtype=float) for b in net.biases]


@probe
def build_small(mod, sizes, seed):
    np.random.seed(seed)
    random.seed(seed)
    net = mod.Network(list(sizes))
    x = np.linspace(0.0, 1.0, sizes[0]).reshape(sizes[0], 1)
    return {"num_layers": net.num_layers, "sizes": list(net.sizes),
            "w": [np.shape(w) for w in net.weights], "b": [np.shape(b) for b in net.biases],
            "out": np.asarray(net.feedforward(x), dtype=float),
            "dC": np.asarray(net.cost_derivative(np.array([[0.75], [0.25]]), np.array([[1.0], [0.0]])), dtype=float)}
