"""Hidden checks: ch3.hyperparam_gradients."""
import numpy as np

from grader.checks import weight


@weight(2)
def test_derivative_on_random_networks(ex):
    rng = np.random.default_rng(8)
    for _ in range(10):
        sizes = rng.integers(1, 30, size=3)
        ws = [rng.normal(size=(int(b), int(a))) for a, b in zip(sizes[:-1], sizes[1:])]
        n = int(rng.integers(10, 60000))
        got = ex.dC_dlambda(ws, n)
        want = sum(float(np.sum(w ** 2)) for w in ws) / (2 * n)
        assert abs(got - want) <= 1e-9 * want, f"dC/dlambda is wrong for a network with layer sizes {sizes.tolist()}"
        assert got >= 0, "dC/dlambda came out negative; can a sum of squares be negative?"


def test_descent_drives_lambda_down(ex):
    ws = [np.full((3, 4), 0.5)]
    lams = ex.descend_lambda(ws, 10, 5.0, 20.0, 40)
    assert len(lams) == 41 and abs(lams[0] - 5.0) < 1e-12, "return lmbda and then one value per step (steps + 1 values)"
    g = 12 * 0.25 / 20
    assert all(abs(b - (a - 20.0 * g)) < 1e-9 for a, b in zip(lams, lams[1:])), \
        "each step should be lmbda - rate * dC/dlambda"
    assert lams[-1] < 0, "gradient descent on the training cost keeps lowering lambda, past zero"
