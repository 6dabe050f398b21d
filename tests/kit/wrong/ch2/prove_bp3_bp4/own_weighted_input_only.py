"""Wrong: the chain rule over z_1 alone (the cost is assumed to reach b_1 and w_12 only through z_1),
so why z_2 contributes nothing is never shown."""
CAUGHT_BY = ["test_bp3_is_a_proof", "test_bp4_is_a_proof",
             "test_bp3_holds_at_unseen_points", "test_bp4_holds_at_unseen_points"]
BREAKS_STATEMENT = "a term for each j, none left out yet"


def prove_bp3():
    return [BP3_START, d1 * D(Z[0], b1), BP3_CLAIM]


def prove_bp4():
    return [BP4_START, d1 * D(Z[0], w12), BP4_CLAIM]
