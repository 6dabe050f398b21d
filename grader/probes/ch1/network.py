"""Probes of ch1.network: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def params_and_call(mod, weights, biases, what, args):
    sizes = [np.shape(weights[0])[1]] + [np.shape(w)[0] for w in weights]
    np.random.seed(0)
    random.seed(0)
    net = mod.Network(list(sizes))
    # The parameters come from the check, which computes the expected result from them itself.
    net.weights = [np.array(w, dtype=float) for w in weights]
    net.biases = [np.array(b, dtype=float) for b in biases]
    if what == "backprop":
        x, y = args
        nb, nw = net.backprop(x, y)
        return [[np.asarray(b, dtype=float) for b in nb], [np.asarray(w, dtype=float) for w in nw]]
    if what == "update":
        X, Y, eta = args
        batch = [(X[:, [k]], Y[:, [k]]) for k in range(X.shape[1])]
        net.update_mini_batch(batch, eta)
        return [[np.asarray(w, dtype=float) for w in net.weights], [np.asarray(b, dtype=float) for b in net.biases]]
    if what == "feedforward":
        return np.asarray(net.feedforward(args), dtype=float)
    X, labels = args
    result = net.evaluate([(X[:, [k]], int(labels[k])) for k in range(X.shape[1])])
    if isinstance(result, (np.integer, np.floating)):
        result = result.item()
    return result


@probe
def sgd_run(mod, weights, biases, X, Y, labels, epochs, mini_batch_size, eta, seed):
    """SGD from the check's parameters on the check's examples (the columns of X, Y); with labels,
    the same examples are also the test data.  Returns the trained parameters, what SGD printed and
    what it returned."""
    import contextlib
    import io
    sizes = [np.shape(weights[0])[1]] + [np.shape(w)[0] for w in weights]
    np.random.seed(seed)
    random.seed(seed)
    net = mod.Network(list(sizes))
    net.weights = [np.array(w, dtype=float) for w in weights]
    net.biases = [np.array(b, dtype=float) for b in biases]
    training = [(X[:, [k]], Y[:, [k]]) for k in range(X.shape[1])]
    test = None if labels is None else [(X[:, [k]], int(labels[k])) for k in range(X.shape[1])]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        returned = net.SGD(training, epochs, mini_batch_size, eta, test_data=test)
    if isinstance(returned, (list, tuple)):
        returned = [r.item() if isinstance(r, np.generic) else r for r in returned]
    elif isinstance(returned, np.generic):
        returned = returned.item()
    elif isinstance(returned, np.ndarray):
        returned = returned.tolist()
    return {"weights": [np.asarray(w, dtype=float) for w in net.weights],
            "biases": [np.asarray(b, dtype=float) for b in net.biases],
            "printed": out.getvalue()[:20_000], "returned": returned}


@probe
def sigmoid_overflow(mod, z):
    """sigmoid and sigmoid_prime of z with numpy's overflow (and invalid) warnings turned into errors."""
    with np.errstate(over="raise", invalid="raise"):
        try:
            s = np.asarray(mod.sigmoid(z), dtype=float)
            d = np.asarray(mod.sigmoid_prime(z), dtype=float)
        except FloatingPointError as e:
            return {"error": str(e)}
    return {"error": None, "sigmoid": s, "prime": d}


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
