"""Wrong (incomplete): both proofs write the chain-rule expansion, then jump to the claim; the
vanishing terms (BP1) and the derivative of each u_k (BP2) are never shown."""
CAUGHT_BY = ["test_bp1_is_a_proof", "test_bp2_is_a_proof",
             "test_bp1_holds_at_unseen_points", "test_bp2_holds_at_unseen_points"]
BREAKS_STATEMENT = "Each proof must pass through two of them, in this order, each written out as a step of its own"


def prove_bp1():
    expansion = D(C(a1, a2), a1) * D(sigma(z1), z1) + D(C(a1, a2), a2) * D(sigma(z2), z1)
    return [BP1_START, expansion, BP1_CLAIM]


def prove_bp2():
    return [BP2_START, sum(d * D(U[k], z1) for k, d in enumerate((d1, d2, d3))), BP2_CLAIM]
