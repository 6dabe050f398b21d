"""Visible checks: ch1.sigmoid_scaling."""
import numpy as np

from grader.checks import as_array, assert_close


def small_network():
    weights = [np.array([[1.0, -1.0], [2.0, 1.0], [-1.0, 0.5]]), np.array([[1.0, 1.0, -1.0]])]
    biases = [np.array([[0.5], [-2.5], [0.2]]), np.array([[-0.5]])]
    return weights, biases


def test_perceptron_network_small_case(ex):
    weights, biases = small_network()
    for x, want in [((0, 0), 0.0), ((1, 0), 1.0), ((1, 1), 1.0), ((0, 1), 0.0)]:
        got = as_array(ex.perceptron_network(weights, biases, np.array(x, float).reshape(2, 1)),
                       f"the output for x = {x}")
        assert got.size == 1 and got.item() == want, \
            f"for x = {x} the network should output [[{want}]], got {got.tolist()}"


def test_scale_network_multiplies_everything(ex):
    weights, biases = small_network()
    ws, bs = ex.scale_network(weights, biases, 3.0)
    assert len(ws) == 2 and len(bs) == 2, "scale_network should return one weight array and one bias per layer"
    for l in range(2):
        assert_close(ws[l], 3.0 * weights[l], f"the scaled weights of layer {l}")
        assert_close(bs[l], 3.0 * biases[l], f"the scaled biases of layer {l}")
