"""Wrong: nabla_b returned as a flat array of shape (n_out,), not the (n_out, 1) column the statement fixes."""
CAUGHT_BY = ["test_output_gradients_4_3_2_batch"]
BREAKS_STATEMENT = "(nabla_w, nabla_b) with shapes (n_out, n_in) and (n_out, 1) (a column, not a flat array)"


def output_gradients(a_prev, delta):
    n = a_prev.shape[1]
    return delta @ a_prev.T / n, delta.mean(axis=1)
