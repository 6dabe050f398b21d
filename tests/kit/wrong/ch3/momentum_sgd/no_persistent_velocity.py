"""Wrong: w <- w - eta*grad + mu*(constant): no velocity kept between mini-batches."""
CAUGHT_BY = ["test_velocity_persists_for_weights_and_biases", "test_velocity_builds_up"]


def update_mini_batch(net, mini_batch, eta, lmbda, n, mu):
    nabla_b, nabla_w = summed_gradients(net, mini_batch)
    m = len(mini_batch)
    net.weights = [(1 - eta * lmbda / n) * w - (1 + mu) * (eta / m) * nw for w, nw in zip(net.weights, nabla_w)]
    net.biases = [b - (1 + mu) * (eta / m) * nb for b, nb in zip(net.biases, nabla_b)]
