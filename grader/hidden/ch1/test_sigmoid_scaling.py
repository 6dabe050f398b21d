"""Hidden checks: ch1.sigmoid_scaling."""
import numpy as np

from grader.checks import as_array, random_network, weight


def forward(weights, biases, x):
    a = x
    for w, b in zip(weights, biases):
        a = (w @ a + b > 0).astype(float)
    return a


@weight(2)
def test_scaled_networks_behave_the_same(ex):
    rng = np.random.default_rng(101)
    cases = [([np.array([[1.0]])], [np.array([[-2.0]])], [np.array([[1.0]])], 3.0)]
    for _ in range(50):
        sizes = [int(rng.integers(2, 6)) for _ in range(3)]
        weights, biases = random_network(rng, sizes)
        xs = [rng.integers(0, 2, size=(sizes[0], 1)).astype(float) for _ in range(4)]
        cases.append((weights, biases, xs, float(rng.choice([1e-3, 0.5, 7.0, 1e6]))))
    for i, (weights, biases, xs, c) in enumerate(cases):
        ws, bs = ex.scale_network(weights, biases, c)
        ws = [as_array(w, "a scaled weight array", shape=np.shape(w0)) for w, w0 in zip(ws, weights)]
        bs = [as_array(b, "a scaled bias column", shape=np.shape(b0)) for b, b0 in zip(bs, biases)]
        assert len(ws) == len(weights) and len(bs) == len(biases), \
            "scale_network should keep the number of layers"
        for x in xs:
            assert np.array_equal(forward(ws, bs, x), forward(weights, biases, x)), (
                f"after scale_network(..., c={c:g}) network {i} gives a different output; "
                "scaling by c > 0 must keep every output")


def test_zero_weighted_input_gives_zero(ex):
    weights = [np.array([[1.0, -1.0], [1.0, 1.0]]), np.array([[1.0, -1.0]])]
    biases = [np.array([[0.0], [-1.0]]), np.array([[0.0]])]
    got = as_array(ex.perceptron_network(weights, biases, np.array([[1.0], [1.0]])), "the output")
    assert got.size == 1 and got.item() == 0.0, \
        "a perceptron whose weighted input w·x + b is exactly 0 must output 0, and so must this network"
    # The same network with the first unit just above 0: now the output is 1 (a constant answer fails here).
    biases = [np.array([[0.5], [-1.0]]), np.array([[0.5]])]
    got = as_array(ex.perceptron_network(weights, biases, np.array([[1.0], [1.0]])), "the output")
    assert got.size == 1 and got.item() == 1.0, \
        "when the first unit's weighted input is just above 0 it fires, and this network should output 1"


def test_perceptron_network_random(ex):
    rng = np.random.default_rng(102)
    for _ in range(30):
        sizes = [int(rng.integers(1, 7)) for _ in range(int(rng.integers(2, 5)))]
        weights, biases = random_network(rng, sizes)
        x = rng.integers(0, 2, size=(sizes[0], 1)).astype(float)
        got = as_array(ex.perceptron_network(weights, biases, x), "the network's output")
        want = forward(weights, biases, x)
        assert got.size == want.size and np.array_equal(got.reshape(want.shape), want), \
            f"wrong output for a network with layer sizes {sizes}"


def test_which_constants_keep_behaviour(ex):
    for c in (2.0, 1e-3, 1e6, 0.5, -1.0, -0.5, -1e6, 0.0):
        got = ex.scaling_keeps_behaviour(c)
        assert isinstance(got, bool), f"scaling_keeps_behaviour should return True or False, got {got!r}"
        assert got == (c > 0), f"scaling_keeps_behaviour({c:g}) is wrong: think about what c does to the sign of w·x + b"
