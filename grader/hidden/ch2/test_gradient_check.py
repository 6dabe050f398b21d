"""Hidden checks: ch2.gradient_check."""
import numpy as np

from grader.checks import assert_close, random_network, sigmoid, weight
from grader.probes.ch2.gradient_check import count_cost_calls


def _drawn(seed, sizes):
    """The probe's network, drawn again in the grader from the same seed."""
    rng = np.random.default_rng(seed)
    ws, bs = random_network(rng, sizes)
    return ws, bs, rng.normal(size=(sizes[0], 1)), rng.uniform(size=(sizes[-1], 1))


def _cost(ws, bs, x, y):
    a = x
    for w, b in zip(ws, bs):
        a = sigmoid(w @ a + b)
    return 0.5 * float(np.sum((a - y) ** 2))


def _forward_differences(ws, bs, x, y, eps):
    """The forward-difference estimate, computed here (the grader's own numbers)."""
    base = _cost(ws, bs, x, y)
    out = []
    for params in (bs, ws):
        grads = []
        for p in params:
            g = np.zeros_like(p)
            for idx in np.ndindex(p.shape):
                old = p[idx]
                p[idx] = old + eps
                g[idx] = (_cost(ws, bs, x, y) - base) / eps
                p[idx] = old
            grads.append(g)
        out.append(grads)
    return out


def _verified_run(ex, seed, sizes, eps, reveal=True):
    """The probe's run, with every observation the grader can recompute checked against its own numbers.

    eps is large on purpose: forward differences then differ clearly from the exact gradient and
    from central differences, so only a forward-difference estimate matches.
    """
    got = ex.probe(count_cost_calls, seed, sizes, eps)
    ws, bs, x, y = _drawn(seed, sizes)
    want_b, want_w = _forward_differences(ws, bs, x, y, eps)
    for l in range(len(ws)):
        assert_close(got["weights_after"][l], ws[l], f"weights[{l}] after finite_difference_gradient "
                     "(leave the parameters as you found them)", rtol=0, atol=0, reveal=reveal)
        assert_close(got["biases_after"][l], bs[l], f"biases[{l}] after finite_difference_gradient "
                     "(leave the parameters as you found them)", rtol=0, atol=0, reveal=reveal)
        assert_close(got["nabla_b"][l], want_b[l], f"nabla_b[{l}] by forward differences with eps = {eps}",
                     rtol=1e-9, atol=1e-10, reveal=reveal)
        assert_close(got["nabla_w"][l], want_w[l], f"nabla_w[{l}] by forward differences with eps = {eps}",
                     rtol=1e-9, atol=1e-10, reveal=reveal)
    return got["calls"]


def _net(seed):
    rng = np.random.default_rng(seed)
    ws, bs = random_network(rng, [3, 4, 2])
    return ws, bs, rng.normal(size=(3, 1)), rng.uniform(size=(2, 1))


def _backprop(ws, bs, x, y):
    acts, zs = [x], []
    for w, b in zip(ws, bs):
        zs.append(w @ acts[-1] + b)
        acts.append(sigmoid(zs[-1]))
    d = (acts[-1] - y) * sigmoid(zs[-1]) * (1 - sigmoid(zs[-1]))
    gb, gw = [None] * len(ws), [None] * len(ws)
    for l in range(len(ws) - 1, -1, -1):
        gb[l], gw[l] = d, d @ acts[l].T
        if l:
            d = (ws[l].T @ d) * sigmoid(zs[l - 1]) * (1 - sigmoid(zs[l - 1]))
    return gb, gw


@weight(2)
def test_estimate_is_close_to_backprop(ex):
    ws, bs, x, y = _net(91)
    nb, nw = ex.finite_difference_gradient(ws, bs, x, y, 1e-7)
    gb, gw = _backprop(ws, bs, x, y)
    for l in range(2):
        assert_close(nb[l], gb[l], f"nabla_b[{l}] by finite differences", rtol=1e-4, atol=1e-6, reveal=False)
        assert_close(nw[l], gw[l], f"nabla_w[{l}] by finite differences", rtol=1e-4, atol=1e-6, reveal=False)


def test_one_cost_evaluation_per_parameter_plus_one(ex):
    calls = _verified_run(ex, 92, [3, 4, 2], 0.25, reveal=False)
    assert calls == ex.cost_evaluations([3, 4, 2]), \
        (f"finite_difference_gradient called quadratic_cost {calls} times on a 3-4-2 network, "
         "but cost_evaluations([3, 4, 2]) says otherwise")
    assert calls == 27, f"forward differences on a 3-4-2 network need 27 cost evaluations, yours made {calls}"


def test_count_for_the_mnist_network(ex):
    got = ex.cost_evaluations([784, 30, 10])
    assert got == 23861, f"wrong count for a 784-30-10 network (weights, biases and the base point): got {got}"
    got = ex.cost_evaluations([5, 3, 3, 2])
    assert got == 39, f"wrong count for a 5-3-3-2 network: got {got}"
