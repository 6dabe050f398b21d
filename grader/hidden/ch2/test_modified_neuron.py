"""Hidden checks: ch2.modified_neuron (3-4-2 network, gradient vs central differences)."""
import numpy as np

from grader.checks import assert_close, numerical_gradient, random_network, sigmoid, weight
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


def _check(ex, spec, seed, what):
    nb, nw = ex.probe(grad_with_custom, spec, seed)
    want_b, want_w = _reference_fd(spec, seed)
    for l in range(2):
        assert_close(nb[l], want_b[l], f"nabla_b[{l}] with {what}", rtol=1e-5, atol=1e-8, reveal=False)
        assert_close(nw[l], want_w[l], f"nabla_w[{l}] with {what}", rtol=1e-5, atol=1e-8, reveal=False)


@weight(2)
def test_tanh_hidden_neuron(ex):
    _check(ex, [((2, 2), "tanh")], 62, "tanh at hidden neuron (2, 2) (layer 2: the first after the input)")


def test_arctan_output_neuron(ex):
    _check(ex, [((3, 0), "atan")], 63, "arctan at output neuron (3, 0)")


def test_two_modified_neurons_in_different_layers(ex):
    _check(ex, [((2, 0), "atan"), ((3, 1), "tanh")], 64, "arctan at (2, 0) and tanh at (3, 1)")
