"""Hidden checks: ch1.sigmoid_limit."""
import numpy as np

from grader.checks import as_array, random_network, weight


def perceptrons_with_margin(rng, sizes, x, margin=1e-2):
    """A random network in which every weighted input on input x is at least `margin` from 0."""
    while True:
        weights, biases = random_network(rng, sizes)
        a, ok = x, True
        for w, b in zip(weights, biases):
            z = w @ a + b
            ok &= bool(np.all(np.abs(z) >= margin))
            a = (z > 0).astype(float)
        if ok:
            return weights, biases, a


@weight(2)
def test_large_c_matches_perceptrons(ex):
    rng = np.random.default_rng(201)
    for i in range(40):
        sizes = [int(rng.integers(2, 7)) for _ in range(int(rng.integers(2, 5)))]
        x = rng.integers(0, 2, size=(sizes[0], 1)).astype(float)
        weights, biases, want = perceptrons_with_margin(rng, sizes, x)
        got = as_array(ex.sigmoid_network(weights, biases, x, 1e4), "the sigmoid network's output")
        assert got.size == want.size and np.all(np.isfinite(got)), \
            f"network {i} (layer sizes {sizes}): the output should be {want.size} finite numbers"
        assert np.max(np.abs(got.reshape(want.shape) - want)) < 1e-6, (
            f"network {i} (layer sizes {sizes}): with c = 1e4 and no weighted input near 0 the "
            "output should be within 1e-6 of the perceptron network's output")


def test_limit_at_zero_is_half(ex):
    for z, want in [(0.0, 0.5), (1e-12, 1.0), (-1e-12, 0.0)]:
        got = ex.limit_output(z)
        assert got == want, f"limit_output({z:g}) is wrong: what is sigma(c*{z:g}) for every c?"


def test_zero_margin_unit_stays_half(ex):
    # The first unit has w·x + b = 0 exactly; the second layer turns its 1/2 into a different answer.
    w1, b1 = np.array([[1.0, -1.0]]), np.array([[0.0]])
    w2, b2 = np.array([[1.0]]), np.array([[-0.25]])
    x = np.array([[1.0], [1.0]])
    for c in (1.0, 100.0, 1e4):
        got = as_array(ex.sigmoid_network([w1], [b1], x, c), "the output of one sigmoid neuron")
        assert got.size == 1 and abs(got.item() - 0.5) < 1e-12, \
            f"a sigmoid neuron whose weighted input is exactly 0 should output sigma(0) for every c (c = {c:g})"
    got = as_array(ex.sigmoid_network([w1, w2], [b1, b2], x, 1e4), "the two-layer output")
    assert got.size == 1 and got.item() > 1 - 1e-6, (
        "in a two-layer network the unit stuck at 1/2 feeds the next layer; your network should compute "
        "the sigmoids as they are, even where the result differs from the perceptron network")


def test_sigmoid_of_columns_and_extremes(ex):
    z = np.array([[-745.5], [-710.0], [-36.0], [-1e-9], [37.0], [709.9], [1e6]])
    s = as_array(ex.sigmoid(z), "sigmoid of a column", shape=z.shape)
    assert np.all(np.isfinite(s)), "sigmoid gives NaN or inf somewhere on a column of large |z|"
    assert np.all((s >= 0) & (s <= 1)), "sigmoid's values lie between 0 and 1"
    assert abs(s[2, 0] - 1 / (1 + np.exp(36.0))) < 1e-12 and abs(s[3, 0] - 0.5) < 1e-9, \
        "sigmoid is not accurate at z = -36 or just below 0"
    assert s[-1, 0] == 1.0 and s[0, 0] < 1e-300, "sigmoid should be 1 at z = 1e6 and (almost) 0 at z = -745.5"
