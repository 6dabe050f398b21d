"""Wrong: bias gradients summed over the neurons (axis 0) instead of over the examples (axis 1).

The biases silently become (1, m) rows that broadcast into (n, m) matrices.
"""
CAUGHT_BY = ["test_update_mini_batch_arithmetic", "test_trains_on_real_digits"]
BREAKS_STATEMENT = "biases (one (n, 1) column per non-input layer)"


def _backprop_bias_axis(self, x, y):
    activations, zs = [x], []
    for b, w in zip(self.biases, self.weights):
        zs.append(w @ activations[-1] + b)
        activations.append(sigmoid(zs[-1]))
    nabla_b, nabla_w = [None] * len(self.biases), [None] * len(self.weights)
    delta = self.cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])
    for l in range(len(self.weights) - 1, -1, -1):
        nabla_b[l] = delta.sum(axis=0, keepdims=True)
        nabla_w[l] = delta @ activations[l].T
        if l > 0:
            delta = (self.weights[l].T @ delta) * sigmoid_prime(zs[l - 1])
    return nabla_b, nabla_w


Network.backprop = _backprop_bias_axis
