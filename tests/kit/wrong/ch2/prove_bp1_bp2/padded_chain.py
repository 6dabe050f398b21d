"""Wrong (no proof): start and claim repeated to look like a longer chain; repeats change nothing."""
CAUGHT_BY = ["test_bp1_is_a_proof", "test_bp2_is_a_proof",
             "test_bp1_holds_at_unseen_points", "test_bp2_holds_at_unseen_points"]
BREAKS_STATEMENT = "a chain that only joins them proves nothing and earns no points"


def prove_bp1():
    return [BP1_START, BP1_START, BP1_CLAIM * 1, BP1_CLAIM, BP1_CLAIM]


def prove_bp2():
    return [BP2_START, BP2_START, sp.expand(BP2_CLAIM), BP2_CLAIM]
