"""Probes of ch3.network2: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def cost_values(mod, cases):
    out = []
    for a, y, z in cases:
        row = []
        for cls in (mod.CrossEntropyCost, mod.QuadraticCost):
            with np.errstate(all="ignore"):
                row.append(float(cls.fn(a, y)))
                row.append(np.asarray(cls.delta(z, a, y), dtype=float))
        out.append(row)
    return out


@probe
def init_stats(mod, sizes, seed):
    np.random.seed(seed)
    net = mod.Network(sizes)
    default = ([float(np.std(w)) for w in net.weights], [float(np.std(b)) for b in net.biases],
               [float(np.mean(w)) for w in net.weights])
    np.random.seed(seed)
    net.large_weight_initializer()
    large = ([float(np.std(w)) for w in net.weights], [float(np.std(b)) for b in net.biases])
    return default, large, [net.num_layers, list(net.sizes)]


@probe
def with_params(mod, what, sizes, cost, ws, bs, args):
    """Build a Network with the given parameters and call one method on it."""
    net = mod.Network(list(sizes), cost=getattr(mod, cost))
    net.weights = [np.array(w, dtype=float) for w in ws]
    net.biases = [np.array(b, dtype=float) for b in bs]
    if what == "feedforward":
        return np.asarray(net.feedforward(args[0]))
    if what == "backprop":
        nb, nw = net.backprop(args[0], args[1])
        return [np.asarray(b) for b in nb], [np.asarray(w) for w in nw]
    if what == "update":
        batch, eta, lmbda, n = args
        net.update_mini_batch([(x, y) for x, y in batch], eta, lmbda, n)
        return [np.asarray(w) for w in net.weights], [np.asarray(b) for b in net.biases]
    if what == "measures":
        train, val, lmbda = args
        train = [(x, y) for x, y in train]
        val = [(x, y) for x, y in val]
        return (int(net.accuracy(train, convert=True)), int(net.accuracy(val)),
                float(net.total_cost(train, lmbda)), float(net.total_cost(val, lmbda, convert=True)))
    raise ValueError(what)


@probe
def monitored_run(mod, train, val, epochs, lmbda, flags):
    random.seed(3)
    np.random.seed(3)
    net = mod.Network([16, 12, 10], cost=mod.CrossEntropyCost)
    train = [(x, y) for x, y in train]
    val = [(x, y) for x, y in val]
    result = net.SGD(train, epochs, 4, 0.5, lmbda=lmbda, evaluation_data=val,
                     monitor_evaluation_cost=flags[0], monitor_evaluation_accuracy=flags[1],
                     monitor_training_cost=flags[2], monitor_training_accuracy=flags[3])
    result = [list(r) for r in result]
    after = (float(net.total_cost(val, lmbda, convert=True)), int(net.accuracy(val)),
             float(net.total_cost(train, lmbda)), int(net.accuracy(train, convert=True)))
    return result, after


@probe
def save_and_load(mod, cost):
    import io
    import json
    import os
    import tempfile
    np.random.seed(5)
    net = mod.Network([5, 4, 3], cost=getattr(mod, cost))
    try:
        folder = tempfile.mkdtemp()
    except OSError:            # the grader's sandbox has no writable disk: files live in memory
        folder, store = "", {}

        class MemoryFile(io.StringIO):
            def __init__(self, name, mode="r", *args, **kwargs):
                self.key, self.writing = str(name), "w" in mode or "a" in mode
                if not self.writing and self.key not in store:
                    raise FileNotFoundError(name)
                super().__init__("" if self.writing else store[self.key])

            def close(self):
                if self.writing and not self.closed:
                    store[self.key] = self.getvalue()
                super().close()
        mod.open = MemoryFile
        opener = MemoryFile
    else:
        opener = open
    path = os.path.join(folder, "net.json")
    net.save(path)
    with opener(path) as f:
        record = json.load(f)
    back = mod.load(path)
    x = np.linspace(0, 1, 5).reshape(5, 1)
    return (sorted(record), list(back.sizes), [np.asarray(w) for w in back.weights],
            [np.asarray(b) for b in back.biases], [np.asarray(w) for w in net.weights],
            [np.asarray(b) for b in net.biases], type(back.cost).__name__ if not isinstance(back.cost, type)
            else back.cost.__name__, np.asarray(back.feedforward(x)), np.asarray(net.feedforward(x)))


@probe
def cost_values_simple(mod, a, y, z):
    ce, quad = mod.CrossEntropyCost, mod.QuadraticCost
    return (float(ce.fn(a, y)), np.asarray(ce.delta(z, a, y)),
            float(quad.fn(a, y)), np.asarray(quad.delta(z, a, y)))


@probe
def init_spread(mod, sizes, seed):
    np.random.seed(seed)
    net = mod.Network(sizes)
    return ([float(np.std(w)) for w in net.weights], [list(w.shape) for w in net.weights],
            [list(b.shape) for b in net.biases])


@probe
def trained_parameters(mod, images, labels, epochs):
    """Train 784-30-10 on the given digits; return the trained weights and biases (the check scores them)."""
    random.seed(7)
    np.random.seed(7)
    X = images.astype(np.float64) / 255.0
    training = [(x.reshape(784, 1), np.eye(10)[:, [int(j)]]) for x, j in zip(X, labels)]
    net = mod.Network([784, 30, 10], cost=mod.CrossEntropyCost)
    net.SGD(training, epochs, 10, 0.5, lmbda=1.0)
    return [np.array(w, dtype=float) for w in net.weights], [np.array(b, dtype=float) for b in net.biases]


@probe
def sgd_from(mod, train, epochs, m, eta, lmbda, ws, bs, seed):
    """Run SGD from the given parameters with random seeded; return the final weights and biases."""
    net = mod.Network([w.shape[1] for w in ws] + [ws[-1].shape[0]], cost=mod.CrossEntropyCost)
    net.weights = [np.array(w, dtype=float) for w in ws]
    net.biases = [np.array(b, dtype=float) for b in bs]
    random.seed(seed)
    net.SGD([(x, y) for x, y in train], epochs, m, eta, lmbda=lmbda)
    return [np.array(w, dtype=float) for w in net.weights], [np.array(b, dtype=float) for b in net.biases]
