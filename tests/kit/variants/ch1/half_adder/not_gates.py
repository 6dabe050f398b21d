"""A differently wired half adder: XOR as (x1 AND NOT x2) OR (NOT x1 AND x2).

NOT a is NAND(a, a); sum = NAND(NAND(x1, NOT x2), NAND(NOT x1, x2)) and
carry = NOT NAND(x1, x2): seven gates, listed in reverse order of use, with
float weights and biases, and other wire names.  In the merged circuit the
three NOT gates take their one wire with weight -4.  Every gate is still a
NAND perceptron, so it must get full marks.
"""


def _gate(name, inputs):
    return {"name": name, "inputs": [list(p) for p in inputs], "bias": 3.0}


def half_adder():
    return {
        "gates": [
            _gate("carry_bit", [("both_nand", -2.0), ("both_nand", -2.0)]),
            _gate("sum_bit", [("left", -2.0), ("right", -2.0)]),
            _gate("right", [("not_x1", -2.0), ("x2", -2.0)]),
            _gate("left", [("x1", -2.0), ("not_x2", -2.0)]),
            _gate("both_nand", [("x1", -2.0), ("x2", -2.0)]),
            _gate("not_x2", [("x2", -2.0), ("x2", -2.0)]),
            _gate("not_x1", [("x1", -2.0), ("x1", -2.0)]),
        ],
        "sum": "sum_bit",
        "carry": "carry_bit",
    }


def half_adder_merged():
    return {
        "gates": [
            _gate("carry_bit", [("both_nand", -4.0)]),
            _gate("sum_bit", [("left", -2.0), ("right", -2.0)]),
            _gate("right", [("not_x1", -2.0), ("x2", -2.0)]),
            _gate("left", [("x1", -2.0), ("not_x2", -2.0)]),
            _gate("both_nand", [("x1", -2.0), ("x2", -2.0)]),
            _gate("not_x2", [("x2", -4.0)]),
            _gate("not_x1", [("x1", -4.0)]),
        ],
        "sum": "sum_bit",
        "carry": "carry_bit",
    }
