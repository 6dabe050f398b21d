"""Hidden checks: ch3.reg_vs_init."""
import math

import numpy as np

from grader.checks import weight


@weight(2)
def test_exact_factor(ex):
    rng = np.random.default_rng(4)
    for _ in range(15):
        eta, lmbda = float(rng.uniform(0.01, 1)), float(rng.uniform(0.1, 10))
        n, m = int(rng.integers(1000, 60000)), int(rng.integers(1, 101))
        got = ex.decay_per_epoch(eta, lmbda, n, m)
        want = (1 - eta * lmbda / n) ** (n / m)
        assert abs(got - want) < 1e-6, f"the factor per epoch is wrong for eta={eta:.3f}, lmbda={lmbda:.2f}, n={n}, m={m}"


def test_estimate_uses_the_batch_size(ex):
    for eta, lmbda, m in [(0.5, 5.0, 10), (0.1, 5.0, 1), (1.0, 2.0, 50)]:
        got = ex.decay_estimate(eta, lmbda, m)
        assert abs(got - math.exp(-eta * lmbda / m)) < 1e-9, \
            f"the estimate is wrong for eta={eta}, lmbda={lmbda}, m={m} (which of n and m sets the rate per epoch?)"


def test_epochs_to_shrink(ex):
    for eta, lmbda, n, m, start, target in [(0.5, 5.0, 50000, 10, 1.0, 1 / math.sqrt(23820)),
                                            (0.1, 5.0, 50000, 10, 1.0, 0.1),
                                            (0.1, 5.0, 50000, 10, 1.0, 1.0)]:
        f = (1 - eta * lmbda / n) ** (n / m)
        got = ex.epochs_to_shrink(eta, lmbda, n, m, start, target)
        assert isinstance(got, int), f"epochs_to_shrink should return a whole number, got {got!r}"
        assert start * f ** got <= target * (1 + 1e-9) and (got == 0 or start * f ** (got - 1) > target), \
            f"{got} is not the smallest number of epochs that takes {start} down to {target:.4g}"
