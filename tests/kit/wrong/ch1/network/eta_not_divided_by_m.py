"""Wrong: the step is eta times the summed gradient, forgetting to divide by the batch size m."""
CAUGHT_BY = ["test_update_mini_batch_arithmetic"]


def _update_no_mean(self, mini_batch, eta):
    X = np.hstack([x for x, _ in mini_batch])
    Y = np.hstack([y for _, y in mini_batch])
    nabla_b, nabla_w = self.backprop(X, Y)
    self.weights = [w - eta * nw for w, nw in zip(self.weights, nabla_w)]
    self.biases = [b - eta * nb for b, nb in zip(self.biases, nabla_b)]


Network.update_mini_batch = _update_no_mean
