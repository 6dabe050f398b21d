"""Visible checks: ch3.momentum_sgd."""
import numpy as np

from grader.checks import probe


@probe
def constant_gradient_steps(mod, steps, eta, mu, g):
    """A 1x1 'network' whose gradient is always g (weight and bias); returns w and b after each step."""
    class Net:
        pass
    net = Net()
    net.weights = [np.zeros((1, 1))]
    net.biases = [np.zeros((1, 1))]
    net.backprop = lambda x, y: ([np.full((1, 1), g)], [np.full((1, 1), g)])
    out = []
    for _ in range(steps):
        mod.update_mini_batch(net, [(np.zeros((1, 1)), np.zeros((1, 1)))], eta, 0.0, 100, mu)
        out.append((float(net.weights[0][0, 0]), float(net.biases[0][0, 0])))
    return out


def test_velocity_builds_up(ex):
    (w1, b1), (w2, b2) = ex.probe(constant_gradient_steps, 2, 0.1, 0.5, 1.0)
    assert abs(w1 + 0.1) < 1e-12, f"the first step should be -eta*g = -0.1, got {w1}"
    assert abs((w2 - w1) - (0.5 * -0.1 - 0.1)) < 1e-12, \
        f"the second step should be mu * (first step) - eta*g = -0.15, got {w2 - w1}"
    assert np.isclose(b2 - b1, -0.15), "biases should carry a velocity too"
