"""Wrong: z = a, as if softmax were the identity."""
CAUGHT_BY = ["test_round_trip", "test_differs_from_ln_a_by_a_constant"]


def invert_softmax(a):
    return np.asarray(a, dtype=float).copy()
