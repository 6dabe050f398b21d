"""Wrong: fires when w·x + b >= 0, so a zero weighted input gives 1."""
CAUGHT_BY = ["test_zero_weighted_input_gives_zero", "test_exactly_zero_gives_zero"]
BREAKS_STATEMENT = "outputs 1 when w·x + b > 0 and 0 otherwise (so a weighted input of exactly 0 gives 0)"


def perceptron(x, w, b):
    return int(np.dot(w, x) + b >= 0)
