"""Wrong: the forward pass is linear but the backward pass keeps the factor sigmoid'(z)."""
BREAKS_STATEMENT = "Suppose the sigmoid is replaced by the identity, sigma(z) = z, in every neuron"
CAUGHT_BY = ["test_gradient_matches_finite_differences", "test_one_layer_gradient"]


def backprop_linear(weights, biases, x, y):
    sp = lambda z: np.exp(-z) / (1 + np.exp(-z)) ** 2  # noqa: E731
    activations = [x]
    for w, b in zip(weights, biases):
        activations.append(w @ activations[-1] + b)
    delta = (activations[-1] - y) * sp(activations[-1])
    nabla_b, nabla_w = [delta], [delta @ activations[-2].T]
    for l in range(2, len(weights) + 1):
        delta = (weights[-l + 1].T @ delta) * sp(activations[-l])
        nabla_b.insert(0, delta)
        nabla_w.insert(0, delta @ activations[-l - 1].T)
    return nabla_b, nabla_w
