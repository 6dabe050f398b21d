"""Wrong: the "merged" circuit is the plain one; no wire is merged into a -4 weight."""
CAUGHT_BY = ["test_merged_circuit_uses_minus_four"]


def half_adder_merged():
    return half_adder()
