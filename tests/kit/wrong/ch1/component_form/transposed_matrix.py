"""Wrong: the layer computed as sigma(w^T a + b), with the weight matrix used the wrong way round."""
CAUGHT_BY = ["test_non_square_layers"]


def layer_output(w, b, a):
    w = np.asarray(w)
    n = min(w.shape)
    return 1 / (1 + np.exp(-(w.T[:n, :n] @ np.asarray(a)[:n] + np.asarray(b)[:n])))
