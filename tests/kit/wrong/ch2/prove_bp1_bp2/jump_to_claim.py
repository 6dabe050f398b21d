"""Wrong (incomplete): both proofs jump from the start straight to the claim, no chain rule."""
CAUGHT_BY = ["test_bp1_uses_the_chain_rule", "test_bp2_uses_the_chain_rule"]


def prove_bp1():
    return [BP1_START, BP1_CLAIM]


def prove_bp2():
    return [BP2_START, BP2_CLAIM]
