"""Wrong: merging the doubled wire keeps weight -2 instead of -4, so the carry gate always fires."""
CAUGHT_BY = ["test_merged_circuit_adds", "test_merged_version_adds_and_merges"]
BREAKS_STATEMENT = "a gate fed the same wire twice may instead receive that wire once with weight -4 (bias 3)"


def half_adder_merged():
    circuit = half_adder()
    circuit["gates"][-1]["inputs"] = [["g1", -2]]
    return circuit
