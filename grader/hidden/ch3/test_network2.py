"""Hidden checks: ch3.network2 (the improved network)."""
import numpy as np

from grader import data
from grader.checks import assert_close, sigmoid, weight
from grader.probes.ch3.network2 import (cost_values, init_stats, with_params, monitored_run, save_and_load,
                                        trained_parameters, sgd_from)


# ------------------------------------------------------------------ the grader's own arithmetic

def _forward(ws, bs, x):
    acts, zs = [x], []
    for w, b in zip(ws, bs):
        zs.append(w @ acts[-1] + b)
        acts.append(sigmoid(zs[-1]))
    return acts, zs


def _grad(ws, bs, x, y, cost):
    acts, zs = _forward(ws, bs, x)
    delta = acts[-1] - y
    if cost == "quadratic":
        delta = delta * acts[-1] * (1 - acts[-1])
    nb, nw = [None] * len(ws), [None] * len(ws)
    for layer in range(len(ws) - 1, -1, -1):
        if layer < len(ws) - 1:
            delta = (ws[layer + 1].T @ delta) * acts[layer + 1] * (1 - acts[layer + 1])
        nb[layer], nw[layer] = delta, delta @ acts[layer].T
    return nb, nw


def _net(seed, sizes):
    rng = np.random.default_rng(seed)
    ws = [rng.normal(size=(b, a)) / np.sqrt(a) for a, b in zip(sizes[:-1], sizes[1:])]
    bs = [rng.normal(size=(b, 1)) for b in sizes[1:]]
    return ws, bs


def _data(seed, count, n_in, one_hot):
    rng = np.random.default_rng(seed)
    xs = rng.random((count, n_in, 1))
    labels = rng.integers(0, 10, count)
    ys = [np.eye(10)[:, [j]] for j in labels] if one_hot else [int(j) for j in labels]
    return xs, labels, ys


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


# ------------------------------------------------------------------ probes


# ------------------------------------------------------------------ checks

@weight(2)
def test_costs_and_saturation(ex):
    rng = np.random.default_rng(40)
    z = rng.normal(0, 2, size=(10, 1))
    a = sigmoid(z)
    y = np.eye(10)[:, [3]]
    yf = rng.random((10, 1))
    sat_a = np.array([[1.0], [0.0], [1.0], [0.0]])
    sat_y = np.array([[1.0], [0.0], [0.0], [1.0]])
    sat_z = np.array([[40.0], [-800.0], [40.0], [-800.0]])
    rows = ex.probe(cost_values, [(a, y, z), (a, yf, z), (sat_a[:2], sat_y[:2], sat_z[:2]), (sat_a, sat_y, sat_z)])
    for (ce, ce_d, q, q_d), target in zip(rows[:2], (y, yf)):
        want = float(np.sum(-target * np.log(a) - (1 - target) * np.log(1 - a)))
        assert abs(ce - want) < 1e-9 * max(1, want), "CrossEntropyCost.fn is wrong on an ordinary output"
        assert_close(ce_d, a - target, "CrossEntropyCost.delta", reveal=False)
        assert abs(q - 0.5 * float(np.sum((a - target) ** 2))) < 1e-9, "QuadraticCost.fn is wrong"
        assert_close(q_d, (a - target) * a * (1 - a), "QuadraticCost.delta", rtol=1e-6, reveal=False)
    ce_right = rows[2][0]
    assert ce_right == 0.0, f"outputs saturated at exactly the targets (a = y = 0 or 1) should cost 0, got {ce_right}"
    ce_wrong = rows[3][0]
    assert ce_wrong == ce_wrong and ce_wrong > 30, \
        f"outputs saturated at the wrong value should give a huge (or infinite) cross-entropy, not {ce_wrong}"
    assert np.all(np.isfinite(rows[3][1])), "CrossEntropyCost.delta must stay finite at saturation"


def test_initialisers(ex):
    (w_std, b_std, w_mean), (lw_std, lb_std), (layers, sizes) = ex.probe(init_stats, [900, 400, 100], 2)
    assert layers == 3 and sizes == [900, 400, 100], "keep num_layers and sizes as attributes"
    for n_in, s, m in zip([900, 400], w_std, w_mean):
        assert abs(s * np.sqrt(n_in) - 1) < 0.05, \
            f"the default weights fed by {n_in} neurons have the wrong spread (std x sqrt(n_in) = {s * np.sqrt(n_in):.3f})"
        assert abs(m) < 0.1 / np.sqrt(n_in), "the default weights should have mean 0"
    assert all(abs(s - 1) < 0.15 for s in b_std), "the default biases should be N(0, 1)"
    assert all(abs(s - 1) < 0.05 for s in lw_std) and all(abs(s - 1) < 0.15 for s in lb_std), \
        "large_weight_initializer should give N(0, 1) weights and biases"


def test_feedforward(ex):
    ws, bs = _net(41, [6, 5, 4])
    x = np.random.default_rng(42).random((6, 1))
    got = ex.probe(with_params, "feedforward", [6, 5, 4], "CrossEntropyCost", ws, bs, [x])
    assert_close(got, _forward(ws, bs, x)[0][-1], "the output of feedforward", reveal=False)


@weight(2)
def test_backprop_uses_the_cost(ex):
    ws, bs = _net(43, [7, 6, 5, 10])
    x = np.random.default_rng(44).random((7, 1))
    y = np.eye(10)[:, [2]]
    for cost, name in (("CrossEntropyCost", "cross-entropy"), ("QuadraticCost", "quadratic")):
        nb, nw = ex.probe(with_params, "backprop", [7, 6, 5, 10], cost, ws, bs, [x, y])
        eb, ew = _grad(ws, bs, x, y, name)
        for i in range(3):
            assert_close(nw[i], ew[i], f"nabla_w of layer {i + 1} with the {name} cost", reveal=False)
            assert_close(nb[i], eb[i], f"nabla_b of layer {i + 1} with the {name} cost", reveal=False)


@weight(2)
def test_step_with_weight_decay(ex):
    sizes = [8, 6, 10]
    ws, bs = _net(45, sizes)
    xs, labels, ys = _data(46, 3, 8, True)
    batch = list(zip(xs, ys))
    eta, lmbda, n = 0.7, 40.0, 60
    got_w, got_b = ex.probe(with_params, "update", sizes, "CrossEntropyCost", ws, bs, [batch, eta, lmbda, n])
    sum_b = [np.zeros_like(b) for b in bs]
    sum_w = [np.zeros_like(w) for w in ws]
    for x, y in batch:
        nb, nw = _grad(ws, bs, x, y, "cross-entropy")
        sum_b = [s + d for s, d in zip(sum_b, nb)]
        sum_w = [s + d for s, d in zip(sum_w, nw)]
    for i in range(2):
        want_w = (1 - eta * lmbda / n) * ws[i] - eta / 3 * sum_w[i]
        want_b = bs[i] - eta / 3 * sum_b[i]
        assert_close(got_w[i], want_w, f"layer {i + 1}'s weights after one L2 step", reveal=False)
        assert_close(got_b[i], want_b, f"layer {i + 1}'s biases after one L2 step (biases are not decayed)",
                     reveal=False)


@weight(2)
def test_accuracy_and_cost_label_conventions(ex):
    sizes = [12, 8, 10]
    ws, bs = _net(47, sizes)
    xs, labels, onehot = _data(48, 40, 12, True)
    vx, vlabels, ints = _data(49, 30, 12, False)
    lmbda = 3.0
    acc_t, acc_v, cost_t, cost_v = ex.probe(with_params, "measures", sizes, "CrossEntropyCost", ws, bs,
                                            [list(zip(xs, onehot)), list(zip(vx, ints)), lmbda])
    out_t = [_forward(ws, bs, x)[0][-1] for x in xs]
    out_v = [_forward(ws, bs, x)[0][-1] for x in vx]
    assert acc_t == sum(int(np.argmax(o)) == j for o, j in zip(out_t, labels)), \
        "accuracy(training_data, convert=True) miscounts (training labels are one-hot)"
    assert acc_v == sum(int(np.argmax(o)) == j for o, j in zip(out_v, vlabels)), \
        "accuracy(validation_data) miscounts (validation labels are ints)"
    l2 = sum(float(np.sum(w ** 2)) for w in ws)

    def ce(o, y):
        return float(np.sum(-y * np.log(o) - (1 - y) * np.log(1 - o)))
    want_t = np.mean([ce(o, y) for o, y in zip(out_t, onehot)]) + 0.5 * lmbda / 40 * l2
    want_v = np.mean([ce(o, np.eye(10)[:, [j]]) for o, j in zip(out_v, vlabels)]) + 0.5 * lmbda / 30 * l2
    assert abs(cost_t - want_t) < 1e-9 * want_t, "total_cost on training data (one-hot labels) is wrong"
    assert abs(cost_v - want_v) < 1e-9 * want_v, \
        "total_cost(validation_data, lmbda, convert=True) is wrong (int labels, and n = len(data) in the L2 term)"


@weight(2)
def test_monitoring_per_epoch(ex):
    xs, labels, onehot = _data(50, 24, 16, True)
    vx, vlabels, ints = _data(51, 12, 16, False)
    train, val = list(zip(xs, onehot)), list(zip(vx, ints))
    (ec, ea, tc, ta), after = ex.probe(monitored_run, train, val, 3, 0.5, [True, True, True, True])
    for name, lst in (("evaluation_cost", ec), ("evaluation_accuracy", ea), ("training_cost", tc),
                      ("training_accuracy", ta)):
        assert len(lst) == 3, f"{name} should hold one value per epoch (3), got {len(lst)}"
    assert all(isinstance(a, int) and 0 <= a <= 12 for a in ea), "evaluation_accuracy should hold counts of right answers"
    assert all(isinstance(a, int) and 0 <= a <= 24 for a in ta), "training_accuracy should hold counts of right answers"
    for name, got, want in (("evaluation_cost", ec[-1], after[0]), ("evaluation_accuracy", ea[-1], after[1]),
                            ("training_cost", tc[-1], after[2]), ("training_accuracy", ta[-1], after[3])):
        assert abs(got - want) <= 1e-9 * max(1.0, abs(want)), \
            f"the last {name} should be measured after the last epoch, with the right label convention"
    result, _ = ex.probe(monitored_run, train, val, 2, 0.5, [False, True, False, False])
    assert [len(r) for r in result] == [0, 2, 0, 0], "a list whose flag is off should stay empty"


def test_save_and_load(ex):
    keys, sizes, bw, bb, ow, ob, cost, out_back, out = ex.probe(save_and_load, "QuadraticCost")
    assert set(keys) >= {"sizes", "weights", "biases", "cost"}, \
        "save should write JSON with the keys sizes, weights, biases and cost"
    assert sizes == [5, 4, 3], "the loaded network has the wrong sizes"
    for i in range(2):
        assert_close(bw[i], ow[i], f"loaded weights of layer {i + 1}", reveal=False)
        assert_close(bb[i], ob[i], f"loaded biases of layer {i + 1}", reveal=False)
    assert cost == "QuadraticCost", "load should give back the cost the network was saved with"
    assert_close(out_back, out, "the loaded network's output", reveal=False)


@weight(3)
def test_learns_real_digits(ex):
    images, labels = data.sample_subset(3000, seed=21, part="training")
    test_images, test_labels = data.sample_subset(500, seed=22, part="validation")
    ws, bs = ex.probe(trained_parameters, images, labels, 3)
    shapes = [np.shape(w) for w in ws] + [np.shape(b) for b in bs]
    assert shapes == [(30, 784), (10, 30), (30, 1), (10, 1)], \
        f"the trained 784-30-10 network should have weights (30, 784), (10, 30) and biases (30, 1), (10, 1); got {shapes}"
    # scored here, in the grader, on digits the network never saw: nothing the network reports counts
    X = test_images.astype(np.float64).reshape(len(test_images), 784).T / 255.0
    a = X
    for w, b in zip(ws, bs):
        a = sigmoid(np.asarray(w, dtype=float) @ a + np.asarray(b, dtype=float))
    right = int(np.sum(np.argmax(a, axis=0) == np.asarray(test_labels)))
    assert right >= 0.85 * len(test_labels), \
        f"after 3 epochs on 3,000 digits (784-30-10, eta 0.5, lmbda 1) the network gets {right} of " \
        f"{len(test_labels)} held-out digits right; a working network gets well over 85%"


@weight(2)
def test_sgd_shuffles_and_uses_every_example(ex):
    ws, bs = _net(61, [6, 5, 10])
    xs, _, ys = _data(62, 13, 6, True)
    train = list(zip(xs, ys))
    got = ex.probe(sgd_from, train, 3, 5, 0.7, 2.0, ws, bs, 63)
    problem = _sgd_verdict(got, _sgd_replays(ws, bs, train, 3, 5, 0.7, 2.0, 63))
    assert problem is None, f"13 examples, mini-batches of 5, 3 epochs: {problem}"
