"""Wrong: the output error is a - y, without the factor sigmoid'(z) of BP1."""
CAUGHT_BY = ["test_backprop_matches_finite_differences"]
BREAKS_STATEMENT = "backprop(x, y): (nabla_b, nabla_w), the gradient of C_x"


def _backprop_no_sigma_prime(self, x, y):
    activations, zs = [x], []
    for b, w in zip(self.biases, self.weights):
        zs.append(w @ activations[-1] + b)
        activations.append(sigmoid(zs[-1]))
    nabla_b, nabla_w = [None] * len(self.biases), [None] * len(self.weights)
    delta = self.cost_derivative(activations[-1], y)
    for l in range(len(self.weights) - 1, -1, -1):
        nabla_b[l] = delta.sum(axis=1, keepdims=True)
        nabla_w[l] = delta @ activations[l].T
        if l > 0:
            delta = (self.weights[l].T @ delta) * sigmoid_prime(zs[l - 1])
    return nabla_b, nabla_w


Network.backprop = _backprop_no_sigma_prime
