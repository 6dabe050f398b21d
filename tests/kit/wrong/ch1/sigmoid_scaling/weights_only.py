"""Wrong: scales the weights but not the biases (w=1, x=1, b=-2, c=3 turns 0 into 1)."""
CAUGHT_BY = ["test_scaled_networks_behave_the_same", "test_scale_network_multiplies_everything"]


def scale_network(weights, biases, c):
    return [c * np.asarray(w, dtype=float) for w in weights], [np.asarray(b, dtype=float) for b in biases]
