"""Wrong: replaces the sigmoids by the perceptron step, hiding what happens at w·x + b = 0."""
CAUGHT_BY = ["test_zero_margin_unit_stays_half"]


def sigmoid_network(weights, biases, x, c):
    a = np.asarray(x, dtype=float)
    for w, b in zip(weights, biases):
        a = (c * (np.dot(w, a) + b) > 0).astype(float)
    return a
