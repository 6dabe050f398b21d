"""Wrong: a perceptron fires when w·x + b >= 0, so a weighted input of exactly 0 gives 1."""
CAUGHT_BY = ["test_zero_weighted_input_gives_zero", "test_exactly_zero_gives_zero"]
BREAKS_STATEMENT = "Each perceptron outputs 1 if w·x + b > 0 and 0 otherwise (exactly 0 gives 0)"


def perceptron_network(weights, biases, x):
    a = np.asarray(x, dtype=float)
    for w, b in zip(weights, biases):
        a = (np.dot(w, a) + b >= 0).astype(float)
    return a
