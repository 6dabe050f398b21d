"""Wrong: forgets the L2 term, so mu = 0 does not reproduce network2's step."""
CAUGHT_BY = ["test_mu_zero_is_plain_l2_sgd", "test_velocity_persists_for_weights_and_biases"]


def update_mini_batch(net, mini_batch, eta, lmbda, n, mu):
    if getattr(net, "velocity_w", None) is None:
        net.velocity_w = [np.zeros_like(w) for w in net.weights]
        net.velocity_b = [np.zeros_like(b) for b in net.biases]
    nabla_b, nabla_w = summed_gradients(net, mini_batch)
    m = len(mini_batch)
    net.velocity_w = [mu * v - (eta / m) * nw for v, nw in zip(net.velocity_w, nabla_w)]
    net.velocity_b = [mu * v - (eta / m) * nb for v, nb in zip(net.velocity_b, nabla_b)]
    net.weights = [w + v for w, v in zip(net.weights, net.velocity_w)]
    net.biases = [b + v for b, v in zip(net.biases, net.velocity_b)]
