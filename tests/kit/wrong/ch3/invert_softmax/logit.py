"""Wrong: the sigmoid's inverse ln(a / (1 - a)) applied to each activation."""
CAUGHT_BY = ["test_round_trip", "test_differs_from_ln_a_by_a_constant"]


def invert_softmax(a):
    a = np.asarray(a, dtype=float)
    return np.log(a / (1 - a))
