"""Hidden checks: ch3.relu."""
import numpy as np

from grader.checks import assert_close, numerical_gradient, random_network, sigmoid, weight


def test_shapes_and_zero(ex):
    z = np.array([[0.0, -1e-9], [1e-9, -3.0]])
    assert_close(ex.relu_prime(z), [[0, 0], [1, 0]], "relu_prime on a matrix (0 at exactly 0)", reveal=False)
    assert_close(ex.relu(z), np.maximum(z, 0), "relu on a matrix", reveal=False)


def _cost(weights, biases, x, y):
    a = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = w @ a + b
        a = sigmoid(z) if i == len(weights) - 1 else np.maximum(z, 0)
    return float(-np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)))


@weight(3)
def test_backprop_matches_finite_differences(ex):
    rng = np.random.default_rng(12)
    weights, biases = random_network(rng, [5, 4, 6, 3])
    biases = [b + 0.3 for b in biases]
    x = rng.random((5, 1))
    y = np.eye(3)[:, [1]]
    nb, nw = ex.backprop(weights, biases, x, y)
    num_w = numerical_gradient(lambda: _cost(weights, biases, x, y), weights)
    num_b = numerical_gradient(lambda: _cost(weights, biases, x, y), biases)
    for layer in range(3):
        assert_close(nw[layer], num_w[layer], f"nabla_w of layer {layer + 1}", rtol=1e-4, atol=1e-6, reveal=False)
        assert_close(nb[layer], num_b[layer], f"nabla_b of layer {layer + 1}", rtol=1e-4, atol=1e-6, reveal=False)
