"""Wrong: momentum for the weights only; biases take plain gradient steps."""
CAUGHT_BY = ["test_velocity_persists_for_weights_and_biases", "test_velocity_builds_up"]


def update_mini_batch(net, mini_batch, eta, lmbda, n, mu):
    if getattr(net, "velocity_w", None) is None:
        net.velocity_w = [np.zeros_like(w) for w in net.weights]
    nabla_b, nabla_w = summed_gradients(net, mini_batch)
    m = len(mini_batch)
    net.velocity_w = [mu * v - (eta * lmbda / n) * w - (eta / m) * nw
                      for v, w, nw in zip(net.velocity_w, net.weights, nabla_w)]
    net.weights = [w + v for w, v in zip(net.weights, net.velocity_w)]
    net.biases = [b - (eta / m) * nb for b, nb in zip(net.biases, nabla_b)]
