"""Wrong: the leading minus sign is dropped, so the cost is negative."""
CAUGHT_BY = ["test_fractional_targets_arrays", "test_finite_for_binary_targets", "test_cross_entropy_at_one_half"]


def cross_entropy(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    return y * np.log(a) + (1 - y) * np.log(1 - a)
