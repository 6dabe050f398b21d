"""Hidden checks: ch2.linear_neurons."""
import numpy as np

from grader.checks import assert_close, numerical_gradient, random_network, weight


def _net(seed, sizes):
    rng = np.random.default_rng(seed)
    ws, bs = random_network(rng, sizes)
    return ws, bs, rng.normal(size=(sizes[0], 1)), rng.normal(size=(sizes[-1], 1))


def _out(ws, bs, x):
    for w, b in zip(ws, bs):
        x = w @ x + b
    return x


@weight(2)
def test_gradient_matches_finite_differences(ex):
    ws, bs, x, y = _net(71, [3, 5, 2, 4])
    nb, nw = ex.backprop_linear(ws, bs, x, y)
    def cost():
        return 0.5 * float(np.sum((_out(ws, bs, x) - y) ** 2))

    for name, params, got in (("nabla_b", bs, nb), ("nabla_w", ws, nw)):
        for l, num in enumerate(numerical_gradient(cost, params)):
            assert_close(got[l], num, f"{name}[{l}] of a 3-5-2-4 linear network (vs central differences)",
                         rtol=1e-5, atol=1e-7, reveal=False)


def test_collapse_is_the_network(ex):
    ws, bs, _, _ = _net(72, [4, 3, 5, 2])
    W, b = ex.collapse(ws, bs)
    W, b = np.asarray(W, dtype=float), np.asarray(b, dtype=float).reshape(-1, 1)
    assert W.shape == (2, 4), f"W of a 4-3-5-2 network should be 2x4, got {W.shape}"
    rng = np.random.default_rng(73)
    for _ in range(5):
        x = rng.normal(size=(4, 1))
        assert_close(W @ x + b, _out(ws, bs, x), "W x + b (vs the network's output)", reveal=False)
