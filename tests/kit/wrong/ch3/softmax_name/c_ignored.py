"""Wrong: c is not used at all (plain softmax for every c)."""
CAUGHT_BY = ["test_is_a_distribution", "test_large_c_is_stable_and_hard"]


def softmax_c(z, c):
    s = np.asarray(z, dtype=float)
    e = np.exp(s - s.max())
    return e / e.sum()
