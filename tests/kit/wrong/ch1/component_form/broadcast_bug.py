"""Wrong: adds the bias column to a flat w·a, which broadcasts to an (n_out, n_out) matrix."""
CAUGHT_BY = ["test_non_square_layers", "test_output_is_a_column", "test_small_non_square_layer"]
BREAKS_STATEMENT = "The layer's output a' as a column of shape (n_out, 1)"


def layer_output(w, b, a):
    z = np.dot(w, np.asarray(a).ravel()) + np.asarray(b)
    return 1 / (1 + np.exp(-z))
