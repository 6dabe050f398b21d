"""Wrong: two gates feed each other, so the circuit loops instead of feeding forward."""
CAUGHT_BY = ["test_circuits_are_acyclic_with_known_wires", "test_half_adder_adds"]
BREAKS_STATEMENT = "no wire may depend on itself (no loops)"


def half_adder():
    def nand(name, a, b):
        return {"name": name, "inputs": [[a, -2], [b, -2]], "bias": 3}

    gates = [nand("g1", "x1", "x2"), nand("g2", "x1", "g3"), nand("g3", "g2", "x2"),
             nand("sum", "g2", "g3"), nand("carry", "g1", "g1")]
    return {"gates": gates, "sum": "sum", "carry": "carry"}
