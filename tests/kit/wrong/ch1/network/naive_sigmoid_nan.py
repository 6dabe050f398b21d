"""Wrong: sigmoid written as e^z / (1 + e^z), which gives inf / inf = NaN for z = 1000."""
CAUGHT_BY = ["test_sigmoid_is_overflow_safe"]
BREAKS_STATEMENT = "they must not overflow or give NaN for large |z|"


def sigmoid(z):
    e = np.exp(np.asarray(z, dtype=float))
    return e / (1.0 + e)
