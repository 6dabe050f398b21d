"""Wrong: backprop multiplies hidden errors by sigma'(z), as for sigmoid neurons."""
CAUGHT_BY = ["test_backprop_matches_finite_differences"]


def backprop(weights, biases, x, y):
    activation, activations, zs = x, [x], []
    for layer, (b, w) in enumerate(zip(biases, weights)):
        z = w @ activation + b
        zs.append(z)
        activation = sigmoid(z) if layer == len(weights) - 1 else relu(z)
        activations.append(activation)
    nabla_b, nabla_w = [None] * len(biases), [None] * len(weights)
    delta = activations[-1] - y
    for layer in range(len(weights) - 1, -1, -1):
        if layer < len(weights) - 1:
            s = sigmoid(zs[layer])
            delta = (weights[layer + 1].T @ delta) * s * (1 - s)
        nabla_b[layer] = delta
        nabla_w[layer] = delta @ activations[layer].T
    return nabla_b, nabla_w
