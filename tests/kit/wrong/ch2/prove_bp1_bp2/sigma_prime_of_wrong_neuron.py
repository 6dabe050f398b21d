"""Wrong: in BP1 the chain rule keeps d a_2 / d z_2 (sigma' of the other neuron) in the k = 2 term."""
BREAKS_STATEMENT = "a chain of equal sympy expressions"
CAUGHT_BY = ["test_bp1_is_a_proof", "test_bp1_holds_at_unseen_points"]


def prove_bp1():
    wrong = D(C(a1, a2), a1) * D(sigma(z1), z1) + D(C(a1, a2), a2) * D(sigma(z2), z2)
    return [BP1_START, wrong, BP1_CLAIM]
