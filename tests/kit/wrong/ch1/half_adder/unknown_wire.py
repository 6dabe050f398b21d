"""Wrong: the merged carry gate reads a misspelt wire "G1" that nothing produces."""
CAUGHT_BY = ["test_circuits_are_acyclic_with_known_wires", "test_merged_circuit_adds", "test_merged_version_adds_and_merges"]
BREAKS_STATEMENT = "a wire is a string: x1 and x2 are the input bits, and each gate's output is a wire with the gate's name"


def half_adder_merged():
    circuit = half_adder()
    circuit["gates"][-1]["inputs"] = [["G1", -4]]
    return circuit
