"""Wrong: returns the answers computed with Python's ^ and & instead of a circuit of gates."""
CAUGHT_BY = ["test_half_adder_adds", "test_plain_gates_are_all_nand", "test_circuits_are_acyclic_with_known_wires"]
BREAKS_STATEMENT = "you describe a circuit of perceptrons and the kit runs it"


def half_adder():
    return {"gates": [], "sum": [a ^ b for a in (0, 1) for b in (0, 1)],
            "carry": [a & b for a in (0, 1) for b in (0, 1)]}
