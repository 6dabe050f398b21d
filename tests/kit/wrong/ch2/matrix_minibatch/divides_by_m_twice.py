"""Wrong: averages the gradient in backprop_matrix and then divides by m again in the update."""
BREAKS_STATEMENT = "w <- w - (eta / m) * sum of dC_x/dw"
CAUGHT_BY = ["test_update_matches_the_loop_m_7_and_10", "test_summed_gradients_have_the_parameter_shapes"]

_summed = backprop_matrix


def backprop_matrix(weights, biases, X, Y):
    nb, nw = _summed(weights, biases, X, Y)
    m = X.shape[1]
    return [g / m for g in nb], [g / m for g in nw]
