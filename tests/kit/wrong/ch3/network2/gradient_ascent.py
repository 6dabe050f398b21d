"""Wrong: steps up the gradient (a sign slip), so the network never learns the digits."""
CAUGHT_BY = ["test_learns_real_digits", "test_step_with_weight_decay"]


def _step(self, mini_batch, eta, lmbda, n):
    x = np.hstack([xi for xi, _ in mini_batch])
    y = np.hstack([yi for _, yi in mini_batch])
    nabla_b, nabla_w = self.backprop(x, y)
    m = len(mini_batch)
    decay = 1.0 - eta * lmbda / n
    self.weights = [decay * w + (eta / m) * nw for w, nw in zip(self.weights, nabla_w)]
    self.biases = [b + (eta / m) * nb for b, nb in zip(self.biases, nabla_b)]


Network.update_mini_batch = _step
