"""Wrong: sign error, +a_j a_k dz for the other outputs (they would all go up)."""
CAUGHT_BY = ["test_first_order_change_matches_softmax", "test_every_output_moves"]


def first_order_change(z, k, dz):
    a = softmax(z)
    change = a * a[k] * dz
    change[k] = a[k] * (1 - a[k]) * dz
    return change
