"""Wrong: dC/dw^l = a^{l-1} (delta^l)^T, the transpose of BP4 (the shape of (w^l)^T, not of w^l)."""
CAUGHT_BY = ["test_gradient_matches_finite_differences"]
BREAKS_STATEMENT = "(nabla_b, nabla_w) ... lists shaped like biases and weights"


def backprop_linear(weights, biases, x, y):
    activations = [x]
    for w, b in zip(weights, biases):
        activations.append(w @ activations[-1] + b)
    delta = activations[-1] - y
    nabla_b, nabla_w = [delta], [activations[-2] @ delta.T]
    for l in range(2, len(weights) + 1):
        delta = weights[-l + 1].T @ delta
        nabla_b.insert(0, delta)
        nabla_w.insert(0, activations[-l - 1] @ delta.T)
    return nabla_b, nabla_w
