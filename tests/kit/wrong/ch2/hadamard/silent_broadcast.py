"""Wrong: plain s * t, which broadcasts a column and a row into a matrix instead of refusing."""
BREAKS_STATEMENT = "Refuse (raise ValueError) when the shapes differ"
CAUGHT_BY = ["test_refuses_mismatched_shapes"]


def hadamard(s, t):
    return np.asarray(s, dtype=float) * np.asarray(t, dtype=float)
