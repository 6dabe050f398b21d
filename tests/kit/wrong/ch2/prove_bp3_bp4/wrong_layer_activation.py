"""Wrong: dC/dw_jk = a^l_k delta_j, the activation of layer l (sigma(z_2)) instead of layer l-1's a_2."""
BREAKS_STATEMENT = "a chain of equal sympy expressions"
CAUGHT_BY = ["test_bp4_is_a_proof", "test_bp4_holds_at_unseen_points"]


def prove_bp4():
    sigma = sp.Function("sigma")
    return [BP4_START, d1 * D(Z[0], w12) + d2 * D(Z[1], w12), sigma(Z[1]) * d1, BP4_CLAIM]
