"""Wrong: BP4 with the activation of layer l instead of layer l-1 (delta^l (a^l)^T) inside backprop."""
BREAKS_STATEMENT = "BP4  dC/dw^l = delta^l (a^{l-1})^T"
CAUGHT_BY = ["test_backprop_matches_sympy_on_2_3_2", "test_backprop_matches_sympy_on_3_2_2_1"]


def backprop(weights, biases, x, y):
    a, activations, zs = x, [x], []
    for w, b in zip(weights, biases):
        z = w * a + b
        a = sigmoid(z)
        zs.append(z)
        activations.append(a)
    delta = bp1(activations[-1], y, zs[-1])
    nabla_b, nabla_w = [delta], [delta * activations[-1].T]
    for l in range(2, len(weights) + 1):
        delta = bp2(weights[-l + 1], delta, zs[-l])
        nabla_b.insert(0, delta)
        nabla_w.insert(0, delta * activations[-l].T)
    return nabla_b, nabla_w
