"""Visible checks: ch2.gradient_check.

The call count comes from a probe in the student's process (it could be rewritten there), so it
earns nothing on its own: the same run's gradients and parameters are recomputed in the grader.
"""
import numpy as np

from grader.checks import assert_close, random_network, sigmoid
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


def test_cost_of_a_one_neuron_network(ex):
    w, b = np.array([[0.0, 0.0]]), np.array([[0.0]])
    got = ex.quadratic_cost([w], [b], np.array([[1.0], [2.0]]), np.array([[1.0]]))
    assert_close(got, 0.125, "the cost when the output is sigma(0) = 0.5 and y = 1")


def test_count_for_a_tiny_network(ex):
    got = ex.cost_evaluations([2, 1])
    assert got == 4, f"a 2-1 network has 2 weights and 1 bias, so 3 + 1 = 4 evaluations, got {got}"


def test_forward_differences_on_a_2_2_1_network(ex):
    calls = _verified_run(ex, 90, [2, 2, 1], 0.5)
    assert calls == 10, (f"a 2-2-1 network has 9 parameters: forward differences evaluate the cost "
                         f"10 times with quadratic_cost, yours called it {calls} times")
