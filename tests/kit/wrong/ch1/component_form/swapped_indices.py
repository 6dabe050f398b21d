"""Wrong: sums w[k][j] * a_k (that is, w transposed times a), which can only work for square symmetric w."""
CAUGHT_BY = ["test_non_square_layers", "test_neuron_output_each_j", "test_small_non_square_layer", "test_column_output_and_one_neuron"]
BREAKS_STATEMENT = "Entry w[j, k] is the weight from input k into neuron j"


def neuron_output(w, b, a, j):
    z = sum(w[k][j] * a[k][0] for k in range(len(a))) + b[j][0]
    return 1.0 / (1.0 + math.exp(-z))
