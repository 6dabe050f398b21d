"""Wrong: e^z / sum e^z without shifting z, which overflows to NaN at z = 1000."""
CAUGHT_BY = ["test_large_inputs_stay_finite"]
BREAKS_STATEMENT = "finite even when the entries of z are large (say 1000)"


def softmax(z):
    e = np.exp(np.asarray(z, dtype=float))
    return e / e.sum()
