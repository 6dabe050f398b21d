"""Wrong: a correct adder, but built from OR and AND perceptrons instead of NAND gates only."""
CAUGHT_BY = ["test_plain_gates_are_all_nand", "test_every_gate_is_the_nand_perceptron"]
BREAKS_STATEMENT = "Every gate must be the NAND perceptron: two inputs weighted -2, bias 3"


def half_adder():
    gates = [
        {"name": "or", "inputs": [["x1", 1], ["x2", 1]], "bias": -0.5},
        {"name": "nand", "inputs": [["x1", -2], ["x2", -2]], "bias": 3},
        {"name": "sum", "inputs": [["or", 1], ["nand", 1]], "bias": -1.5},
        {"name": "carry", "inputs": [["x1", 1], ["x2", 1]], "bias": -1.5},
    ]
    return {"gates": gates, "sum": "sum", "carry": "carry"}
