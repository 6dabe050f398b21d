"""Wrong: the "merged" circuit is the plain one; no wire is merged into a -4 weight."""
CAUGHT_BY = ["test_merged_circuit_uses_minus_four", "test_merged_version_adds_and_merges"]
BREAKS_STATEMENT = "use this merged form at least once there"


def half_adder_merged():
    return half_adder()
