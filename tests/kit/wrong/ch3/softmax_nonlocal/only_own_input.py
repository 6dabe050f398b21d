"""Wrong: "a_j depends only on z_j because the numerator is e^(z_j)" - only a_k changes."""
CAUGHT_BY = ["test_first_order_change_matches_softmax", "test_every_output_moves"]


def first_order_change(z, k, dz):
    a = softmax(z)
    change = np.zeros_like(a)
    change[k] = a[k] * (1 - a[k]) * dz
    return change
