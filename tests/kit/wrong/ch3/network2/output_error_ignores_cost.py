"""Wrong: backprop always uses (a - y) sigma'(z) at the output, whatever the cost (and the feedforward
squashes the input first)."""
CAUGHT_BY = ["test_backprop_uses_the_cost", "test_feedforward"]


def _backprop(self, x, y):
    activation, activations, zs = x, [x], []
    for b, w in zip(self.biases, self.weights):
        z = w @ activation + b
        zs.append(z)
        activation = sigmoid(z)
        activations.append(activation)
    delta = (activations[-1] - y) * sigmoid_prime(zs[-1])
    nabla_b, nabla_w = [None] * len(self.biases), [None] * len(self.weights)
    for layer in range(1, self.num_layers):
        if layer > 1:
            delta = (self.weights[-layer + 1].T @ delta) * sigmoid_prime(zs[-layer])
        nabla_b[-layer] = delta.sum(axis=1, keepdims=True)
        nabla_w[-layer] = delta @ activations[-layer - 1].T
    return nabla_b, nabla_w


_right_ff = Network.feedforward
Network.backprop = _backprop
Network.feedforward = lambda self, a: _right_ff(self, sigmoid(a))
