"""Wrong: the weight gradient is a_prev @ delta.T, the transpose of delta @ a_prev.T."""
CAUGHT_BY = ["test_backprop_matches_finite_differences", "test_update_mini_batch_arithmetic",
             "test_trains_on_real_digits"]
BREAKS_STATEMENT = "backprop(x, y): (nabla_b, nabla_w), the gradient of C_x"


def _backprop_transposed(self, x, y):
    activations, zs = [x], []
    for b, w in zip(self.biases, self.weights):
        zs.append(w @ activations[-1] + b)
        activations.append(sigmoid(zs[-1]))
    nabla_b, nabla_w = [None] * len(self.biases), [None] * len(self.weights)
    delta = self.cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])
    for l in range(len(self.weights) - 1, -1, -1):
        nabla_b[l] = delta.sum(axis=1, keepdims=True)
        nabla_w[l] = activations[l] @ delta.T
        if l > 0:
            delta = (self.weights[l].T @ delta) * sigmoid_prime(zs[l - 1])
    return nabla_b, nabla_w


Network.backprop = _backprop_transposed
