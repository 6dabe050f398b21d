"""Wrong: delta^L = a^L - y, the sigma'(z^L) factor of BP1 forgotten (the Must-reject of the linear case)."""
BREAKS_STATEMENT = "BP1  delta^L = (a^L - y) (.) sigma'(z^L)"
CAUGHT_BY = ["test_bp1_is_dC_dz_of_the_output_layer", "test_backprop_matches_sympy_on_2_3_2",
             "test_backprop_matches_sympy_on_3_2_2_1"]


def bp1(a_L, y, z_L):
    return a_L - y
