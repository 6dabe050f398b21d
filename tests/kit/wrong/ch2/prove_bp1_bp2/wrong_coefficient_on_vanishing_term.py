"""Wrong: BP1's chain-rule expansion multiplies da_2/dz_1 by dC/da_1 instead of dC/da_2.

The term is 0, so every link still holds numerically; only the structure of the
expansion (the right coefficient for every activation) shows the chain rule is misapplied.
"""
CAUGHT_BY = ["test_bp1_is_a_proof", "test_bp1_holds_at_unseen_points"]
BREAKS_STATEMENT = "dC/dz1 expanded with the chain rule over EVERY output activation a_k"


def prove_bp1():
    wrong = D(C(a1, a2), a1) * D(sigma(z1), z1) + D(C(a1, a2), a1) * D(sigma(z2), z1)
    return [BP1_START, wrong, D(C(a1, a2), a1) * D(sigma(z1), z1), BP1_CLAIM]
