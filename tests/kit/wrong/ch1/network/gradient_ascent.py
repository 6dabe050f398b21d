"""Wrong: the step goes up the gradient (w + eta/m * sum), so the cost grows.

(The reference's update_mini_batch and SGD both step through ``_step``.)
"""
CAUGHT_BY = ["test_update_mini_batch_arithmetic", "test_trains_on_real_digits"]
BREAKS_STATEMENT = "w <- w - (eta / m) * (sum of dC_x/dw over the m pairs)"


def _step_uphill(self, X, Y, eta):
    nabla_b, nabla_w = self.backprop(X, Y)
    rate = eta / X.shape[1]
    self.weights = [w + rate * nw for w, nw in zip(self.weights, nabla_w)]
    self.biases = [b + rate * nb for b, nb in zip(self.biases, nabla_b)]


Network._step = _step_uphill
