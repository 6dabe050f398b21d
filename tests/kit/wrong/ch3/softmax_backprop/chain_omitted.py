"""Wrong: delta^L = -y / a, i.e. dC/da with the softmax step of the chain rule left out."""
CAUGHT_BY = ["test_backprop_matches_finite_differences", "test_output_error_is_a_minus_y"]


def backprop(weights, biases, x, y):
    activations, zs = [x], []
    a = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = w @ a + b
        zs.append(z)
        a = softmax(z) if i == len(weights) - 1 else _sigmoid(z)
        activations.append(a)
    delta = -y / activations[-1]
    nabla_b, nabla_w = [None] * len(weights), [None] * len(weights)
    nabla_b[-1], nabla_w[-1] = delta, delta @ activations[-2].T
    for l in range(2, len(weights) + 1):
        s = _sigmoid(zs[-l])
        delta = (weights[-l + 1].T @ delta) * s * (1 - s)
        nabla_b[-l], nabla_w[-l] = delta, delta @ activations[-l - 1].T
    return nabla_b, nabla_w
