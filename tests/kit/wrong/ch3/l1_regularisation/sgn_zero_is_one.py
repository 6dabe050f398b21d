"""Wrong: sgn(0) = 1 (np.where(w >= 0, 1, -1)), so zero weights get pushed."""
CAUGHT_BY = ["test_zero_weights_stay_zero_and_biases_are_not_decayed"]


def update_mini_batch(net, mini_batch, eta, lmbda, n):
    nabla_b, nabla_w = summed_gradients(net, mini_batch)
    m = len(mini_batch)
    net.weights = [w - (eta * lmbda / n) * np.where(w >= 0, 1.0, -1.0) - (eta / m) * nw
                   for w, nw in zip(net.weights, nabla_w)]
    net.biases = [b - (eta / m) * nb for b, nb in zip(net.biases, nabla_b)]
