"""Wrong: "softmax" computed as an element-wise sigmoid (a local layer)."""
CAUGHT_BY = ["test_softmax_values", "test_first_order_change_matches_softmax", "test_softmax_of_equal_inputs"]


def softmax(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))
