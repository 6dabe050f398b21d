"""Wrong: the entropy in bits (log base 2), which gives 1.0 at y = 1/2 instead of ln 2."""
CAUGHT_BY = ["test_binary_entropy_natural_log", "test_min_cost_matches_numeric_minimum"]


def binary_entropy(y):
    y = np.asarray(y, dtype=float)

    def xlogx(t):
        return t * np.log2(np.where(t > 0, t, 1.0))

    return -(xlogx(y) + xlogx(1 - y))
