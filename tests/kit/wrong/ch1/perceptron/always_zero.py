"""Wrong: a constant answer, 0 for every input (it is right whenever the answer happens to be 0)."""
CAUGHT_BY = ["test_zero_weighted_input_gives_zero", "test_exactly_zero_gives_zero", "test_many_inputs_and_weights"]
BREAKS_STATEMENT = "outputs 1 when w·x + b > 0"


def perceptron(x, w, b):
    return 0
