"""Wrong: exp(c z) without shifting, which overflows to inf/inf = NaN at c = 10000."""
CAUGHT_BY = ["test_large_c_is_stable_and_hard"]
BREAKS_STATEMENT = "finite and correct even when c * z is huge (c = 10000, say)"


def softmax_c(z, c):
    e = np.exp(c * np.asarray(z, dtype=float))
    return e / e.sum()
