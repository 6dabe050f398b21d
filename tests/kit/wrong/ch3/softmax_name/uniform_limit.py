"""Wrong: the uniform 1/N distribution, which is the c -> 0 limit, not c -> infinity."""
CAUGHT_BY = ["test_limit_distribution_with_ties", "test_small_examples"]


def limit_distribution(z):
    z = np.asarray(z, dtype=float)
    return np.full(z.shape, 1.0 / z.size)
