"""Wrong: gradients summed over the mini-batch instead of averaged (1/n missing)."""
CAUGHT_BY = ["test_output_gradients_4_3_2_batch"]


def output_gradients(a_prev, delta):
    return delta @ a_prev.T, delta.sum(axis=1, keepdims=True)
