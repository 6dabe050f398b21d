"""Wrong: the step is eta times the summed gradient, forgetting to divide by the batch size m.

(The reference's update_mini_batch and SGD both step through ``_step``.)
"""
CAUGHT_BY = ["test_update_mini_batch_arithmetic"]
BREAKS_STATEMENT = "w <- w - (eta / m) * (sum of dC_x/dw over the m pairs)"


def _step_no_mean(self, X, Y, eta):
    nabla_b, nabla_w = self.backprop(X, Y)
    self.weights = [w - eta * nw for w, nw in zip(self.weights, nabla_w)]
    self.biases = [b - eta * nb for b, nb in zip(self.biases, nabla_b)]


Network._step = _step_no_mean
