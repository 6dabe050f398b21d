"""Wrong (forging): backprop ignores the modified neurons, and tries to make the probe agree by
emptying the probe's `custom` dict in place and pinning NumPy's generator to one seed, so that the
probe's network and spec are ones plain backprop gets right. The probe only carries the student's
gradients back; the grader draws the network and the spec again from its own seed and compares
with its own central differences, so the forgery changes nothing it checks."""
CAUGHT_BY = ["test_tanh_hidden_neuron", "test_arctan_output_neuron", "test_two_modified_neurons_in_different_layers"]
BREAKS_STATEMENT = "neuron j of layer l outputs f(z^l_j) for some other function f, instead of sigma(z^l_j)"

_real_rng = np.random.default_rng
np.random.default_rng = lambda seed=None: _real_rng(61)


def backprop(weights, biases, x, y, custom):
    custom.clear()
    a, activations, zs = x, [x], []
    for w, b in zip(weights, biases):
        zs.append(w @ a + b)
        a = sigmoid(zs[-1])
        activations.append(a)
    delta = (activations[-1] - y) * sigmoid_prime(zs[-1])
    nabla_b, nabla_w = [delta], [delta @ activations[-2].T]
    for l in range(2, len(weights) + 1):
        delta = (weights[-l + 1].T @ delta) * sigmoid_prime(zs[-l])
        nabla_b.insert(0, delta)
        nabla_w.insert(0, delta @ activations[-l - 1].T)
    return nabla_b, nabla_w
