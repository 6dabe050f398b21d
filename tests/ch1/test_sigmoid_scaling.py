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


def test_exactly_zero_gives_zero(ex):
    # One perceptron whose weighted input is exactly 0 (it must output 0), and the same one just above 0.
    w = [np.array([[1.0, -1.0]])]
    for b, want in ((0.0, 0.0), (0.125, 1.0)):
        got = as_array(ex.perceptron_network(w, [np.array([[b]])], np.array([[1.0], [1.0]])), "the output")
        assert got.size == 1 and got.item() == want, (
            f"with w = [1, -1], b = {b} and x = [1, 1] the weighted input is {b}; a perceptron outputs 1 only "
            f"when it is > 0, so the output should be [[{want}]], got {got.tolist()}")


def test_scaling_by_two_constants(ex):
    for c in (2.0, -1.0):
        got = ex.scaling_keeps_behaviour(c)
        assert isinstance(got, bool), f"scaling_keeps_behaviour should return True or False, got {got!r}"
        assert got == (c > 0), (f"scaling_keeps_behaviour({c:g}) is wrong: try scaling a small network by {c:g} "
                                "and compare the outputs")
