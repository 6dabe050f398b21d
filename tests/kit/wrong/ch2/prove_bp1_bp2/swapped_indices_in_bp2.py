"""Wrong: BP2 with w_jk for w_kj (row 1 of w instead of column 1), i.e. w in place of w transpose."""
BREAKS_STATEMENT = "a chain of equal sympy expressions"
CAUGHT_BY = ["test_bp2_is_a_proof", "test_bp2_holds_at_unseen_points"]


def prove_bp2():
    d = [d1, d2, d3]
    chain_rule = sum(d[k] * D(U[k], z1) for k in range(3))
    return [BP2_START, chain_rule, (w11 * d1 + w12 * d2) * D(sigma(z1), z1), BP2_CLAIM]
