"""Wrong: the "sigmoid layer" actually computes softmax, so it always sums to 1."""
CAUGHT_BY = ["test_sigmoid_layer_is_elementwise", "test_sigmoid_layer_at_zero"]


def sigmoid_layer(z):
    e = np.exp(np.asarray(z, dtype=float))
    return e / e.sum()
