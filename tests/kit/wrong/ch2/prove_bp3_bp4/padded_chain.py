"""Wrong (no proof): start and claim repeated; a repeat changes nothing."""
CAUGHT_BY = ["test_bp3_is_a_proof", "test_bp4_is_a_proof",
             "test_bp3_holds_at_unseen_points", "test_bp4_holds_at_unseen_points"]
BREAKS_STATEMENT = "a chain that only joins them proves nothing and earns no points"


def prove_bp3():
    return [BP3_START, BP3_START, BP3_CLAIM, BP3_CLAIM]


def prove_bp4():
    return [BP4_START, BP4_START, d1 * a2, BP4_CLAIM]
