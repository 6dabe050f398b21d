"""Visible checks: ch1.perceptron."""
from grader.checks import weight


def test_perceptron_fires_on_positive_input(ex):
    assert ex.perceptron([1, 0], [2.0, 1.0], -1.0) == 1, "w·x + b = 1 > 0, so the output should be 1"
    assert ex.perceptron([0, 1], [2.0, 1.0], -3.0) == 0, "w·x + b = -2 < 0, so the output should be 0"


def test_exactly_zero_gives_zero(ex):
    # The rule is "greater than 0": exactly 0 gives 0, and just above 0 gives 1.
    assert ex.perceptron([1, 1], [2.0, -1.0], -1.0) == 0, \
        "w·x + b = 2 - 1 - 1 = 0 exactly, and the perceptron outputs 1 only when w·x + b > 0: the output should be 0"
    assert ex.perceptron([1, 1], [2.0, -1.0], -0.75) == 1, "w·x + b = 0.25 > 0, so the output should be 1"


@weight(2)
def test_nand_truth_table(ex):
    w, b = ex.nand_parameters()
    for x, want in [((0, 0), 1), ((0, 1), 1), ((1, 0), 1), ((1, 1), 0)]:
        got = ex.perceptron(list(x), list(w), b)
        assert got == want, f"NAND{x} should be {want}, your perceptron gives {got}"
