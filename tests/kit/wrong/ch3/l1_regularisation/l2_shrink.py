"""Wrong: L2-style multiplicative shrink (1 - eta*lmbda/n) w instead of the constant pull."""
CAUGHT_BY = ["test_zero_weights_stay_zero_and_biases_are_not_decayed", "test_full_step_with_gradients", "test_constant_pull_towards_zero"]


def update_mini_batch(net, mini_batch, eta, lmbda, n):
    nabla_b, nabla_w = summed_gradients(net, mini_batch)
    m = len(mini_batch)
    net.weights = [(1 - eta * lmbda / n) * w - (eta / m) * nw for w, nw in zip(net.weights, nabla_w)]
    net.biases = [b - (eta / m) * nb for b, nb in zip(net.biases, nabla_b)]
