"""Wrong: f' replaces sigma' for every neuron of the modified neuron's layer, not just that one."""
BREAKS_STATEMENT = "neuron j of layer l outputs f(z^l_j) for some other function f, instead of sigma(z^l_j)"
CAUGHT_BY = ["test_tanh_hidden_neuron", "test_arctan_output_neuron", "test_two_modified_neurons_in_different_layers"]


def backprop(weights, biases, x, y, custom):
    def act(l, z):
        a, ap = sigmoid(z), sigmoid_prime(z)
        for (layer, j), (f, fprime) in custom.items():
            if layer == l:
                a[j, 0] = f(float(z[j, 0]))
                ap = np.array([[fprime(float(t))] for t in z[:, 0]])
        return a, ap

    a, activations, primes = x, [x], []
    for l, (w, b) in enumerate(zip(weights, biases), 2):
        a, ap = act(l, w @ a + b)
        activations.append(a)
        primes.append(ap)
    delta = (activations[-1] - y) * primes[-1]
    nabla_b, nabla_w = [delta], [delta @ activations[-2].T]
    for l in range(2, len(weights) + 1):
        delta = (weights[-l + 1].T @ delta) * primes[-l]
        nabla_b.insert(0, delta)
        nabla_w.insert(0, delta @ activations[-l - 1].T)
    return nabla_b, nabla_w
