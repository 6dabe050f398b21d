"""Wrong: dC/dw_jk = a_j delta_k (indices swapped): a1*d2 in place of a2*d1."""
CAUGHT_BY = ["test_bp4_chain_holds", "test_bp4_uses_the_chain_rule"]


def prove_bp4():
    return [BP4_START, d1 * D(Z[0], w12) + d2 * D(Z[1], w12), a1 * d2, BP4_CLAIM]
