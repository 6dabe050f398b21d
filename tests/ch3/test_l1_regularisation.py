"""Visible checks: ch3.l1_regularisation."""
from grader.checks import probe


@probe
def zero_gradient_step(mod, weights, biases, eta, lmbda, n, m):
    """One step with backprop giving zero gradients; returns (weights, biases) after it."""
    class Net:
        pass
    net = Net()
    net.weights = [np.array(w, dtype=float) for w in weights]
    net.biases = [np.array(b, dtype=float) for b in biases]
    net.backprop = lambda x, y: ([np.zeros_like(b) for b in net.biases], [np.zeros_like(w) for w in net.weights])
    batch = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(m)]
    mod.update_mini_batch(net, batch, eta, lmbda, n)
    return [np.asarray(w) for w in net.weights], [np.asarray(b) for b in net.biases]


def test_constant_pull_towards_zero(ex):
    import numpy as np
    w = np.array([[0.5, -0.2], [1.0, -3.0]])
    ws, bs = ex.probe(zero_gradient_step, [w], [np.array([[0.7], [-0.4]])], 0.5, 5.0, 1000, 4)
    want = w - 0.0025 * np.sign(w)
    assert np.allclose(ws[0], want), f"with zero gradients each weight should move by -0.0025*sgn(w); got {ws[0]}"
    assert np.allclose(bs[0], [[0.7], [-0.4]]), "biases are not regularised: with zero gradients they must not move"
