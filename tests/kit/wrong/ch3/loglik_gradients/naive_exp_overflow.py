"""Wrong: softmax without subtracting max(z), which overflows for large weighted inputs."""
CAUGHT_BY = ["test_gradients_with_large_weighted_inputs"]


def gradients(W, b, x, y):
    e = np.exp(W @ x + b)
    a = e / e.sum()
    delta = a.copy()
    delta[y] -= 1.0
    return delta, delta @ x.T
