"""Wrong: a constant answer, a column of 0s whatever the network and the input."""
CAUGHT_BY = ["test_zero_weighted_input_gives_zero", "test_exactly_zero_gives_zero", "test_perceptron_network_random"]
BREAKS_STATEMENT = "Each perceptron outputs 1 if w·x + b > 0"


def perceptron_network(weights, biases, x):
    return np.zeros((np.shape(biases[-1])[0], 1))
