"""Wrong: BP1 writes the single surviving term first and the full expansion after it (the chain
holds, but the terms are 'dropped' before the expansion that justifies dropping them)."""
CAUGHT_BY = ["test_bp1_is_a_proof", "test_bp1_holds_at_unseen_points"]
BREAKS_STATEMENT = "Each proof must pass through two of them, in this order"


def prove_bp1():
    expansion = D(C(a1, a2), a1) * D(sigma(z1), z1) + D(C(a1, a2), a2) * D(sigma(z2), z1)
    return [BP1_START, D(C(a1, a2), a1) * D(sigma(z1), z1), expansion, BP1_CLAIM]
