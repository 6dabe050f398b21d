"""Wrong: the inner product s . t (a number) instead of the element-wise product."""
BREAKS_STATEMENT = "s (.) t for two NumPy arrays of the same shape, with that shape"
CAUGHT_BY = ["test_random_columns_keep_their_shape", "test_book_style_example"]


def hadamard(s, t):
    return float(np.sum(np.asarray(s) * np.asarray(t)))
