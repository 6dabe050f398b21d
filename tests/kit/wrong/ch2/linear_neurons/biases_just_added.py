"""Wrong: the collapsed bias is the sum of the layer biases, forgetting that later weights multiply them."""
BREAKS_STATEMENT = "return (W, b) with W x + b equal to the network's output for every input x"
CAUGHT_BY = ["test_collapse_is_the_network"]


def collapse(weights, biases):
    W = np.eye(weights[0].shape[1])
    for w in weights:
        W = w @ W
    b = sum(bl.sum() for bl in biases) * np.ones((weights[-1].shape[0], 1))
    return W, b
