"""Wrong: dC/dw_jk = a_j delta_k, i.e. a_prev delta^T (indices swapped, transposed shape)."""
BREAKS_STATEMENT = "BP4  dC/dw^l = delta^l (a^{l-1})^T"
CAUGHT_BY = ["test_bp3_bp4_shapes_and_entries", "test_backprop_matches_sympy_on_2_3_2",
             "test_backprop_matches_sympy_on_3_2_2_1", "test_bp4_entry_is_a_prev_k_times_delta_j"]


def bp4(delta, a_prev):
    return a_prev * delta.T
