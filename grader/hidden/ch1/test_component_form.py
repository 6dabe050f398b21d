"""Hidden checks: ch1.component_form.  Non-square weights, so swapped indices cannot pass."""
import numpy as np

from grader.checks import as_array, weight

SHAPES = [(3, 5), (5, 3), (1, 7), (7, 1), (10, 30)]


def layers():
    rng = np.random.default_rng(401)
    for n_out, n_in in SHAPES:
        yield rng.normal(size=(n_out, n_in)), rng.normal(size=(n_out, 1)), rng.uniform(0, 1, size=(n_in, 1))


def sigma(z):
    return 1 / (1 + np.exp(-z))


@weight(2)
def test_non_square_layers(ex):
    for w, b, a in layers():
        got = as_array(ex.layer_output(w, b, a), "the layer's output")
        want = sigma(w @ a + b)
        assert got.size == want.size, \
            f"a layer with weights of shape {w.shape} has {w.shape[0]} neurons, so {w.shape[0]} outputs; got {got.size}"
        assert np.allclose(got.reshape(want.shape), want, rtol=1e-9, atol=1e-12), \
            f"wrong outputs for weights of shape {w.shape}: is w[j, k] the weight from input k into neuron j?"


def test_neuron_output_each_j(ex):
    for w, b, a in layers():
        want = sigma(w @ a + b)
        for j in range(w.shape[0]):
            got = as_array(ex.neuron_output(w, b, a, j), f"neuron_output(..., j={j})")
            assert got.size == 1 and abs(got.item() - want[j, 0]) < 1e-9, \
                f"neuron_output for neuron j={j} of a layer with weights of shape {w.shape} is wrong"


def test_output_is_a_column(ex):
    for w, b, a in layers():
        got = as_array(ex.layer_output(w, b, a), "the layer's output")
        assert got.shape == (w.shape[0], 1), \
            f"for weights of shape {w.shape} the output should be a column of shape {(w.shape[0], 1)}, got {got.shape}"
