"""Wrong: drops sigma' in the hidden layers too while backpropagating."""
CAUGHT_BY = ["test_backprop_matches_finite_differences"]


def backprop(weights, biases, x, y):
    activations = [x]
    a = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = w @ a + b
        a = z if i == len(weights) - 1 else _sigmoid(z)
        activations.append(a)
    delta = activations[-1] - y
    nabla_b, nabla_w = [None] * len(weights), [None] * len(weights)
    nabla_b[-1], nabla_w[-1] = delta, delta @ activations[-2].T
    for l in range(2, len(weights) + 1):
        delta = weights[-l + 1].T @ delta
        nabla_b[-l], nabla_w[-l] = delta, delta @ activations[-l - 1].T
    return nabla_b, nabla_w
