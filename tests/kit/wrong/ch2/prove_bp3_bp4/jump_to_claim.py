"""Wrong (incomplete): BP3 and BP4 stated without the chain-rule step."""
CAUGHT_BY = ["test_bp3_uses_the_chain_rule", "test_bp4_uses_the_chain_rule"]


def prove_bp3():
    return [BP3_START, BP3_CLAIM]


def prove_bp4():
    return [BP4_START, BP4_CLAIM]
