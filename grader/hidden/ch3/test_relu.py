"""Hidden checks: ch3.relu."""
import numpy as np

from grader.checks import assert_close, weight


def test_shapes_and_zero(ex):
    z = np.array([[0.0, -1e-9], [1e-9, -3.0]])
    assert_close(ex.relu_prime(z), [[0, 0], [1, 0]], "relu_prime on a matrix (0 at exactly 0)", reveal=False)
    assert_close(ex.relu(z), np.maximum(z, 0), "relu on a matrix", reveal=False)


def _cost(weights, biases, x, y):
    a = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = w @ a + b
        a = 1 / (1 + np.exp(-z)) if i == len(weights) - 1 else np.maximum(z, 0)
    return float(-np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)))


@weight(3)
def test_backprop_matches_finite_differences(ex):
    rng = np.random.default_rng(12)
    sizes = [5, 4, 6, 3]
    weights = [rng.normal(size=(b, a)) for a, b in zip(sizes[:-1], sizes[1:])]
    biases = [rng.normal(size=(b, 1)) + 0.3 for b in sizes[1:]]
    x = rng.random((5, 1))
    y = np.eye(3)[:, [1]]
    nb, nw = ex.backprop(weights, biases, x, y)
    h = 1e-6
    for layer in range(3):
        num_w = np.zeros_like(weights[layer])
        for idx in np.ndindex(*weights[layer].shape):
            wp = [w.copy() for w in weights]
            wp[layer][idx] += h
            wm = [w.copy() for w in weights]
            wm[layer][idx] -= h
            num_w[idx] = (_cost(wp, biases, x, y) - _cost(wm, biases, x, y)) / (2 * h)
        num_b = np.zeros_like(biases[layer])
        for idx in np.ndindex(*biases[layer].shape):
            bp = [b.copy() for b in biases]
            bp[layer][idx] += h
            bm = [b.copy() for b in biases]
            bm[layer][idx] -= h
            num_b[idx] = (_cost(weights, bp, x, y) - _cost(weights, bm, x, y)) / (2 * h)
        assert_close(nw[layer], num_w, f"nabla_w of layer {layer + 1}", rtol=1e-4, atol=1e-6, reveal=False)
        assert_close(nb[layer], num_b, f"nabla_b of layer {layer + 1}", rtol=1e-4, atol=1e-6, reveal=False)
