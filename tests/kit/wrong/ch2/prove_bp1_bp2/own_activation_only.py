"""Wrong: BP1 "expanded" over a_1 only (C is assumed to depend on z_1 through a_1 alone), so the
argument for dropping the other terms is never made."""
CAUGHT_BY = ["test_bp1_is_a_proof", "test_bp1_holds_at_unseen_points"]
BREAKS_STATEMENT = "a term for each k, none left out yet"


def prove_bp1():
    return [BP1_START, D(C(a1, a2), a1) * D(sigma(z1), z1), BP1_CLAIM]
