"""Wrong: dC/dw_jk = a_j delta_k (indices swapped): a1*d2 in place of a2*d1."""
BREAKS_STATEMENT = "a chain of equal sympy expressions"
CAUGHT_BY = ["test_bp4_is_a_proof", "test_bp4_holds_at_unseen_points"]


def prove_bp4():
    return [BP4_START, d1 * D(Z[0], w12) + d2 * D(Z[1], w12), a1 * d2, BP4_CLAIM]
