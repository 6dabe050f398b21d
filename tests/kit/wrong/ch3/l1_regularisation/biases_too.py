"""Wrong: regularises the biases as well; and the penalty carries a 1/2."""
CAUGHT_BY = ["test_zero_weights_stay_zero_and_biases_are_not_decayed", "test_full_step_with_gradients", "test_penalty"]


def update_mini_batch(net, mini_batch, eta, lmbda, n):
    nabla_b, nabla_w = summed_gradients(net, mini_batch)
    m = len(mini_batch)
    net.weights = [w - (eta * lmbda / n) * np.sign(w) - (eta / m) * nw for w, nw in zip(net.weights, nabla_w)]
    net.biases = [b - (eta * lmbda / n) * np.sign(b) - (eta / m) * nb for b, nb in zip(net.biases, nabla_b)]


def l1_penalty(weights, lmbda, n):
    return float(0.5 * lmbda / n * sum(np.sum(np.abs(w)) for w in weights))
