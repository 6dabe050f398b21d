"""Wrong: multiplies only the weights by c, not the biases."""
CAUGHT_BY = ["test_large_c_matches_perceptrons", "test_large_c_copies_a_perceptron"]


def sigmoid_network(weights, biases, x, c):
    a = np.asarray(x, dtype=float)
    for w, b in zip(weights, biases):
        a = sigmoid(c * np.dot(w, a) + b)
    return a
