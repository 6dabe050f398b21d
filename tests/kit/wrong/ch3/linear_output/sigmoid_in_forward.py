"""Wrong: applies the sigmoid at the output layer too (the output is meant to be linear)."""
CAUGHT_BY = ["test_feedforward_last_layer_is_linear", "test_single_linear_layer"]


def feedforward(weights, biases, x):
    a = x
    for w, b in zip(weights, biases):
        a = _sigmoid(w @ a + b)
    return a
