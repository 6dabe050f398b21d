"""Wrong: the step goes up the gradient (w + eta/m * sum), so the cost grows."""
CAUGHT_BY = ["test_update_mini_batch_arithmetic", "test_trains_on_real_digits"]


def _update_uphill(self, mini_batch, eta):
    X = np.hstack([x for x, _ in mini_batch])
    Y = np.hstack([y for _, y in mini_batch])
    nabla_b, nabla_w = self.backprop(X, Y)
    step = eta / len(mini_batch)
    self.weights = [w + step * nw for w, nw in zip(self.weights, nabla_w)]
    self.biases = [b + step * nb for b, nb in zip(self.biases, nabla_b)]


Network.update_mini_batch = _update_uphill
