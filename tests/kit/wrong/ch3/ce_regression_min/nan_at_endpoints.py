"""Wrong: y ln y computed naively, so binary_entropy is NaN at y = 0 and y = 1."""
CAUGHT_BY = ["test_binary_entropy_natural_log"]
BREAKS_STATEMENT = "equal to 0 (not NaN) at y = 0 and y = 1"


def binary_entropy(y):
    y = np.asarray(y, dtype=float)
    return -(y * np.log(y) + (1 - y) * np.log(1 - y))
