"""Wrong: decays by (1 - eta*lmbda/m) with m the mini-batch size instead of the training-set size n."""
CAUGHT_BY = ["test_step_with_weight_decay"]

_right_step = Network.update_mini_batch


def _step(self, mini_batch, eta, lmbda, n):
    _right_step(self, mini_batch, eta, lmbda, len(mini_batch))


Network.update_mini_batch = _step
