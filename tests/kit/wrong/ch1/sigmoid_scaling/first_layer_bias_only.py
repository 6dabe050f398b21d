"""Wrong: adds the biases in the first layer only, forgetting them in later layers."""
CAUGHT_BY = ["test_perceptron_network_random"]


def perceptron_network(weights, biases, x):
    a = np.asarray(x, dtype=float)
    for l, (w, b) in enumerate(zip(weights, biases)):
        a = (np.dot(w, a) + (b if l == 0 else 0) > 0).astype(float)
    return a
