"""Wrong: applies the weight decay to the biases as well."""
CAUGHT_BY = ["test_step_with_weight_decay"]

_right_step = Network.update_mini_batch


def _step(self, mini_batch, eta, lmbda, n):
    decay = 1.0 - eta * lmbda / n
    old = [b.copy() for b in self.biases]
    _right_step(self, mini_batch, eta, lmbda, n)
    self.biases = [b + (decay - 1.0) * o for b, o in zip(self.biases, old)]


Network.update_mini_batch = _step
