"""Wrong: sums the bias gradient over the neurons (axis 0) instead of over the examples."""
BREAKS_STATEMENT = "the SUMS over the m examples of the per-example gradients dC_x/db^l and dC_x/dw^l, shaped like biases ((n, 1) columns)"
CAUGHT_BY = ["test_update_matches_the_loop_m_7_and_10", "test_update_matches_the_loop_m_1",
             "test_summed_gradients_have_the_parameter_shapes"]


def backprop_matrix(weights, biases, X, Y):
    A, activations, zs = X, [X], []
    for w, b in zip(weights, biases):
        Z = w @ A + b
        A = sigmoid(Z)
        zs.append(Z)
        activations.append(A)
    D = (activations[-1] - Y) * sigmoid_prime(zs[-1])
    nabla_b = [D.sum(axis=0, keepdims=True)]
    nabla_w = [D @ activations[-2].T]
    for l in range(2, len(weights) + 1):
        D = (weights[-l + 1].T @ D) * sigmoid_prime(zs[-l])
        nabla_b.insert(0, D.sum(axis=0, keepdims=True))
        nabla_w.insert(0, D @ activations[-l - 1].T)
    return nabla_b, nabla_w
