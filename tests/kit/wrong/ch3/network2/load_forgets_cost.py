"""Wrong: load always rebuilds a cross-entropy network, whatever cost was saved."""
CAUGHT_BY = ["test_save_and_load"]


def load(filename):
    with open(filename) as f:
        record = json.load(f)
    net = Network(record["sizes"])
    net.weights = [np.array(w) for w in record["weights"]]
    net.biases = [np.array(b) for b in record["biases"]]
    return net
