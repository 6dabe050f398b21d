"""Wrong: BP2 with w^{l+1} delta^{l+1} (no transpose); with unequal layer sizes the shapes do not fit."""
BREAKS_STATEMENT = "BP2  delta^l = ((w^{l+1})^T delta^{l+1}) (.) sigma'(z^l)"
CAUGHT_BY = ["test_bp2_is_dC_dz_on_a_2_to_3_layer", "test_backprop_matches_sympy_on_2_3_2",
             "test_backprop_matches_sympy_on_3_2_2_1"]


def bp2(w_next, delta_next, z):
    return (w_next * delta_next).multiply_elementwise(sigmoid_prime(z))
