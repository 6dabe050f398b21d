"""Wrong: merging the doubled wire keeps weight -2 instead of -4, so the carry gate always fires."""
CAUGHT_BY = ["test_merged_circuit_adds"]


def half_adder_merged():
    circuit = half_adder()
    circuit["gates"][-1]["inputs"] = [["g1", -2]]
    return circuit
