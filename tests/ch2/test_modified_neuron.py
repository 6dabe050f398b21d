"""Visible checks: ch2.modified_neuron."""
import numpy as np

from grader.checks import assert_close, numerical_gradient, random_network, sigmoid
from grader.probes.ch2.modified_neuron import grad_with_custom


def _reference_fd(spec, seed):
    """(nabla_b, nabla_w) of the probe's network by central differences."""
    rng = np.random.default_rng(seed)
    ws, bs = random_network(rng, [3, 4, 2])
    x, y = rng.normal(size=(3, 1)), rng.uniform(size=(2, 1))
    funcs = {"tanh": np.tanh, "atan": np.arctan}
    custom = {tuple(k): funcs[name] for k, name in spec}

    def cost():
        a = x
        for l, (w, b) in enumerate(zip(ws, bs), 2):     # book numbering: the input is layer 1
            z = w @ a + b
            a = sigmoid(z)
            for (layer, j), f in custom.items():
                if layer == l:
                    a[j, 0] = f(z[j, 0])
        return 0.5 * float(np.sum((a - y) ** 2))

    return numerical_gradient(cost, bs), numerical_gradient(cost, ws)


def test_no_custom_neuron_is_plain_backprop(ex):
    nb, nw = ex.probe(grad_with_custom, [], 61)
    want_b, want_w = _reference_fd([], 61)
    for l in range(2):
        assert_close(nb[l], want_b[l], f"nabla_b[{l}] with no modified neuron", rtol=1e-5, atol=1e-8)
        assert_close(nw[l], want_w[l], f"nabla_w[{l}] with no modified neuron", rtol=1e-5, atol=1e-8)


def test_one_modified_output_neuron(ex):
    nb, nw = ex.probe(grad_with_custom, [((3, 1), "tanh")], 60)
    want_b, want_w = _reference_fd([((3, 1), "tanh")], 60)
    for l in range(2):
        assert_close(nb[l], want_b[l], f"nabla_b[{l}] with tanh at output neuron (3, 1)", rtol=1e-5, atol=1e-8)
        assert_close(nw[l], want_w[l], f"nabla_w[{l}] with tanh at output neuron (3, 1)", rtol=1e-5, atol=1e-8)


def test_one_modified_hidden_neuron(ex):
    nb, nw = ex.probe(grad_with_custom, [((2, 0), "tanh")], 65)
    want_b, want_w = _reference_fd([((2, 0), "tanh")], 65)
    for l in range(2):
        assert_close(nb[l], want_b[l], f"nabla_b[{l}] with tanh at hidden neuron (2, 0)", rtol=1e-5, atol=1e-8)
        assert_close(nw[l], want_w[l], f"nabla_w[{l}] with tanh at hidden neuron (2, 0)", rtol=1e-5, atol=1e-8)
