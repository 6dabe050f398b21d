"""Wrong: np.diag on the (n, 1) column itself, which extracts a diagonal (1 entry) instead of building a matrix."""
BREAKS_STATEMENT = "so that diag_matrix(s) @ t equals hadamard(s, t) for a column t"
CAUGHT_BY = ["test_diag_matrix_product_is_hadamard", "test_diag_matrix_small"]


def diag_matrix(s):
    return np.diag(np.asarray(s, dtype=float))
