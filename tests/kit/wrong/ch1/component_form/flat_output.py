"""Wrong: returns a flat array of shape (n_out,) instead of a column (n_out, 1)."""
CAUGHT_BY = ["test_output_is_a_column", "test_column_output_and_one_neuron"]
BREAKS_STATEMENT = "The layer's output a' as a column of shape (n_out, 1)"


def layer_output(w, b, a):
    return np.array([neuron_output(w, b, a, j) for j in range(len(w))])
