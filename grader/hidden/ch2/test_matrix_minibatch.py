"""Hidden checks: ch2.matrix_minibatch (same update as the per-example loop, m in {1, 7, 10})."""
import numpy as np

from grader.checks import assert_close, random_network, sigmoid, weight


def _loop_update(ws, bs, X, Y, eta):
    gb = [np.zeros_like(b) for b in bs]
    gw = [np.zeros_like(w) for w in ws]
    for i in range(X.shape[1]):
        acts, zs = [X[:, [i]]], []
        for w, b in zip(ws, bs):
            zs.append(w @ acts[-1] + b)
            acts.append(sigmoid(zs[-1]))
        d = (acts[-1] - Y[:, [i]]) * sigmoid(zs[-1]) * (1 - sigmoid(zs[-1]))
        for l in range(len(ws) - 1, -1, -1):
            gb[l] += d
            gw[l] += d @ acts[l].T
            if l:
                d = (ws[l].T @ d) * sigmoid(zs[l - 1]) * (1 - sigmoid(zs[l - 1]))
    m = X.shape[1]
    return [w - eta / m * g for w, g in zip(ws, gw)], [b - eta / m * g for b, g in zip(bs, gb)]


def _batch(seed, m, sizes=(6, 5, 3, 4)):
    rng = np.random.default_rng(seed)
    ws, bs = random_network(rng, sizes)
    return ws, bs, rng.normal(size=(sizes[0], m)), rng.uniform(size=(sizes[-1], m))


def _same_update(ex, m, seed):
    ws, bs, X, Y = _batch(seed, m)
    want_w, want_b = _loop_update(ws, bs, X, Y, 3.0)
    got_w, got_b = ex.update_mini_batch(ws, bs, X, Y, 3.0)
    for l in range(len(ws)):
        assert_close(got_b[l], want_b[l], f"biases[{l}] after one step with m = {m} (vs the per-example loop)",
                     rtol=0, atol=1e-10, reveal=False)
        assert_close(got_w[l], want_w[l], f"weights[{l}] after one step with m = {m} (vs the per-example loop)",
                     rtol=0, atol=1e-10, reveal=False)


@weight(2)
def test_update_matches_the_loop_m_7_and_10(ex):
    _same_update(ex, 7, 81)
    _same_update(ex, 10, 82)


def test_update_matches_the_loop_m_1(ex):
    _same_update(ex, 1, 83)


def test_summed_gradients_have_the_parameter_shapes(ex):
    ws, bs, X, Y = _batch(84, 7)
    nb, nw = ex.backprop_matrix(ws, bs, X, Y)
    for l in range(len(ws)):
        assert np.shape(nb[l]) == bs[l].shape, \
            f"nabla_b[{l}] should be a ({bs[l].shape[0]}, 1) column (the sum over the batch), got {np.shape(nb[l])}"
        assert np.shape(nw[l]) == ws[l].shape, f"nabla_w[{l}] should have shape {ws[l].shape}, got {np.shape(nw[l])}"
    want_w, want_b = _loop_update(ws, bs, X, Y, 7.0)   # eta = m: the step is exactly minus the sum
    for l in range(len(ws)):
        assert_close(nb[l], bs[l] - want_b[l], f"nabla_b[{l}] (sum over 7 examples)", rtol=0, atol=1e-10,
                     reveal=False)
