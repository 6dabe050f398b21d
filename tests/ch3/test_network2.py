"""Visible checks: ch3.network2."""
import numpy as np

from grader.checks import sigmoid, weight
from grader.probes.ch3.network2 import cost_values_simple, init_spread, sgd_from


def _grad(ws, bs, x, y, cost):
    acts = [x]
    for w, b in zip(ws, bs):
        acts.append(sigmoid(w @ acts[-1] + b))
    delta = acts[-1] - y
    nb, nw = [None] * len(ws), [None] * len(ws)
    for layer in range(len(ws) - 1, -1, -1):
        if layer < len(ws) - 1:
            delta = (ws[layer + 1].T @ delta) * acts[layer + 1] * (1 - acts[layer + 1])
        nb[layer], nw[layer] = delta, delta @ acts[layer].T
    return nb, nw


# ------------------------------------------------------------------ SGD replayed by the grader

def _sgd_replays(ws, bs, train, epochs, m, eta, lmbda, seed):
    """The parameters SGD must end with, replayed here; {way of shuffling: (weights, biases)}.

    random.seed(seed) then one random.shuffle per epoch, either of the same list
    again and again (in place) or of a fresh copy of the original order; and, to
    name a mistake in the message, without shuffling and with the short last
    mini-batch dropped.
    """
    import random as _random

    def run(order_of, keep_short=True):
        w = [np.array(a, dtype=float) for a in ws]
        b = [np.array(a, dtype=float) for a in bs]
        n = len(train)
        _random.seed(seed)
        data = list(range(n))
        for epoch in range(epochs):
            data = order_of(data)
            for k in range(0, n, m):
                batch = data[k:k + m]
                if len(batch) < m and not keep_short:
                    continue
                sw = [np.zeros_like(a) for a in w]
                sb = [np.zeros_like(a) for a in b]
                for i in batch:
                    nb, nw = _grad(w, b, train[i][0], train[i][1], "ce")
                    sw = [s + g for s, g in zip(sw, nw)]
                    sb = [s + g for s, g in zip(sb, nb)]
                w = [(1 - eta * lmbda / n) * a - (eta / len(batch)) * g for a, g in zip(w, sw)]
                b = [a - (eta / len(batch)) * g for a, g in zip(b, sb)]
        return w, b

    def in_place(d):
        _random.shuffle(d)
        return d

    def fresh(d):
        d = list(range(len(d)))
        _random.shuffle(d)
        return d
    return {"in place": run(in_place), "fresh": run(fresh), "never": run(lambda d: d),
            "short dropped": run(in_place, keep_short=False)}


def _sgd_verdict(got, replays):
    """None when the returned parameters are one of the right replays, else what went wrong."""
    gw, gb = got

    def same(ref):
        rw, rb = ref
        return len(gw) == len(rw) and all(np.shape(a) == np.shape(r) and np.allclose(a, r, rtol=1e-7, atol=1e-10)
                                          for a, r in zip(list(gw) + list(gb), list(rw) + list(rb)))
    if same(replays["in place"]) or same(replays["fresh"]):
        return None
    if same(replays["never"]):
        return "SGD never shuffles the training data: shuffle it with random.shuffle at the start of every epoch"
    if same(replays["short dropped"]):
        return ("the last mini-batch, shorter than mini_batch_size, was skipped: every example should be used "
                "once per epoch")
    return ("the weights and biases after SGD are not those of mini-batch SGD with L2 decay on the shuffled "
            "data (one random.shuffle per epoch, mini-batches in order, the last one shorter)")


def test_cost_classes(ex):
    z = np.array([[0.5], [-1.0], [2.0]])
    a = 1 / (1 + np.exp(-z))
    y = np.array([[1.0], [0.0], [0.0]])
    ce, ce_delta, quad, quad_delta = ex.probe(cost_values_simple, a, y, z)
    want = float(np.sum(-y * np.log(a) - (1 - y) * np.log(1 - a)))
    assert abs(ce - want) < 1e-9, f"CrossEntropyCost.fn should be {want:.6f}, got {ce}"
    assert np.allclose(ce_delta, a - y), "CrossEntropyCost.delta should be a - y"
    assert abs(quad - 0.5 * float(np.sum((a - y) ** 2))) < 1e-9, "QuadraticCost.fn should be 0.5 ||a - y||^2"
    assert np.allclose(quad_delta, (a - y) * a * (1 - a)), "QuadraticCost.delta should be (a - y) sigma'(z)"
    sat_a = np.array([[1.0], [0.0], [0.5]])
    with np.errstate(all="ignore"):
        ce_sat = ex.probe(cost_values_simple, sat_a, np.array([[1.0], [0.0], [1.0]]), z)[0]
    assert np.isfinite(ce_sat) and abs(ce_sat - np.log(2)) < 1e-9, \
        f"CrossEntropyCost.fn should stay finite when outputs are exactly 1.0 and 0.0 (0 ln 0 = 0): expected ln 2, got {ce_sat}"


@weight(2)
def test_default_initialisation(ex):
    stds, wshapes, bshapes = ex.probe(init_spread, [400, 100, 10], 0)
    assert wshapes == [[100, 400], [10, 100]] and bshapes == [[100, 1], [10, 1]], \
        f"weights should have shapes (n_out, n_in) and biases (n_out, 1); got {wshapes} and {bshapes}"
    for n_in, s in zip([400, 100], stds):
        assert abs(s - 1 / np.sqrt(n_in)) < 0.1 / np.sqrt(n_in), \
            f"weights fed by {n_in} neurons should have standard deviation about 1/sqrt({n_in}) = {1 / np.sqrt(n_in):.3f}; got {s:.3f}"


@weight(2)
def test_sgd_shuffles_each_epoch_and_keeps_the_short_batch(ex):
    rng = np.random.default_rng(64)
    ws = [rng.normal(size=(4, 5)) / np.sqrt(5), rng.normal(size=(10, 4)) / 2]
    bs = [rng.normal(size=(4, 1)), rng.normal(size=(10, 1))]
    train = [(rng.random((5, 1)), np.eye(10)[:, [int(j)]]) for j in rng.integers(0, 10, 10)]
    got = ex.probe(sgd_from, train, 2, 4, 0.5, 1.0, ws, bs, 65)
    problem = _sgd_verdict(got, _sgd_replays(ws, bs, train, 2, 4, 0.5, 1.0, 65))
    assert problem is None, f"10 examples, mini-batches of 4 (the last has 2), 2 epochs: {problem}"
