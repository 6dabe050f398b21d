"""Wrong: layer l counted from 1 for the first layer after the input (the kit's old numbering), so
the modification lands one layer too deep (or nowhere, for the output layer)."""
CAUGHT_BY = ["test_tanh_hidden_neuron", "test_arctan_output_neuron", "test_two_modified_neurons_in_different_layers"]
BREAKS_STATEMENT = "l runs from 2 (the first layer after the input, whose weights are weights[0] = w^2)"


def backprop(weights, biases, x, y, custom):
    def act(l, z):
        a, ap = sigmoid(z), sigmoid_prime(z)
        for (layer, j), (f, fprime) in custom.items():
            if layer == l:
                a[j, 0], ap[j, 0] = f(float(z[j, 0])), fprime(float(z[j, 0]))
        return a, ap

    a, activations, primes = x, [x], []
    for l, (w, b) in enumerate(zip(weights, biases), 1):
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
