"""Hidden checks: ch3.momentum_sgd."""
import numpy as np

from grader.checks import assert_close, random_network, weight
from grader.probes.ch3.momentum_sgd import run_steps


def _setup(seed, steps):
    rng = np.random.default_rng(seed)
    ws, bs = random_network(rng, [4, 3, 2])
    grads = [([rng.normal(size=w.shape) for w in ws], [rng.normal(size=b.shape) for b in bs]) for _ in range(steps)]
    return ws, bs, grads


@weight(2)
def test_mu_zero_is_plain_l2_sgd(ex):
    ws, bs, grads = _setup(31, 4)
    eta, lmbda, n = 0.5, 5.0, 100
    hist = ex.probe(run_steps, ws, bs, grads, eta, lmbda, n, 0.0)
    for k, (gw, gb) in enumerate(grads):
        ws = [(1 - eta * lmbda / n) * w - eta / 2 * g for w, g in zip(ws, gw)]
        bs = [b - eta / 2 * g for b, g in zip(bs, gb)]
        for i in range(2):
            assert_close(hist[k][0][i], ws[i], f"with mu = 0, layer {i + 1}'s weights after step {k + 1}", reveal=False)
            assert_close(hist[k][1][i], bs[i], f"with mu = 0, layer {i + 1}'s biases after step {k + 1}", reveal=False)


@weight(2)
def test_velocity_persists_for_weights_and_biases(ex):
    ws, bs, grads = _setup(32, 4)
    eta, lmbda, n, mu = 0.2, 1.0, 50, 0.7
    hist = ex.probe(run_steps, ws, bs, grads, eta, lmbda, n, mu)
    vw = [np.zeros_like(w) for w in ws]
    vb = [np.zeros_like(b) for b in bs]
    for k, (gw, gb) in enumerate(grads):
        vw = [mu * v - eta * lmbda / n * w - eta / 2 * g for v, w, g in zip(vw, ws, gw)]
        vb = [mu * v - eta / 2 * g for v, g in zip(vb, gb)]
        ws = [w + v for w, v in zip(ws, vw)]
        bs = [b + v for b, v in zip(bs, vb)]
        for i in range(2):
            assert_close(hist[k][0][i], ws[i], f"layer {i + 1}'s weights after step {k + 1} (mu = 0.7)", reveal=False)
            assert_close(hist[k][1][i], bs[i], f"layer {i + 1}'s biases after step {k + 1} (mu = 0.7)", reveal=False)
