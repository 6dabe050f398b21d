"""Wrong: the naive sigmoid 1 / (1 + exp(-z)): exp(1000) overflows (a RuntimeWarning) although the value
rounds to the right 0.0."""
CAUGHT_BY = ["test_sigmoid_does_not_overflow"]
BREAKS_STATEMENT = "they must not overflow or give NaN for large |z|"


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
