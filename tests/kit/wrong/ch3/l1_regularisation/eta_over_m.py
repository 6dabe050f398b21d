"""Wrong: scales the L1 pull by eta/m instead of eta/n."""
CAUGHT_BY = ["test_zero_weights_stay_zero_and_biases_are_not_decayed", "test_full_step_with_gradients"]


def update_mini_batch(net, mini_batch, eta, lmbda, n):
    nabla_b, nabla_w = summed_gradients(net, mini_batch)
    m = len(mini_batch)
    net.weights = [w - (eta * lmbda / m) * np.sign(w) - (eta / m) * nw for w, nw in zip(net.weights, nabla_w)]
    net.biases = [b - (eta / m) * nb for b, nb in zip(net.biases, nabla_b)]
