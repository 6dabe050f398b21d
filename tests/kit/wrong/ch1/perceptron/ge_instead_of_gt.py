"""Wrong: fires when w·x + b >= 0, so a zero weighted input gives 1."""
CAUGHT_BY = ["test_zero_weighted_input_gives_zero"]


def perceptron(x, w, b):
    return int(np.dot(w, x) + b >= 0)
