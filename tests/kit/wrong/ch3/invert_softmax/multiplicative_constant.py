"""Wrong: z = C ln a with a multiplicative constant (here C = 2); softmax(z) is not a."""
CAUGHT_BY = ["test_round_trip", "test_differs_from_ln_a_by_a_constant"]


def invert_softmax(a):
    return 2.0 * np.log(np.asarray(a, dtype=float))
