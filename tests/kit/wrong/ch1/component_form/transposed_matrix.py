"""Wrong: the layer computed as sigma(w^T a + b), with the weight matrix used the wrong way round."""
CAUGHT_BY = ["test_non_square_layers", "test_small_non_square_layer"]
BREAKS_STATEMENT = "Entry w[j, k] is the weight from input k into neuron j"


def layer_output(w, b, a):
    w = np.asarray(w)
    n = min(w.shape)
    return 1 / (1 + np.exp(-(w.T[:n, :n] @ np.asarray(a)[:n] + np.asarray(b)[:n])))
