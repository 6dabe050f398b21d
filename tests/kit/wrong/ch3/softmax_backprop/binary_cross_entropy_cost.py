"""Wrong: the binary cross-entropy -sum[y ln a + (1 - y) ln(1 - a)] instead of -ln a_y."""
CAUGHT_BY = ["test_cost_values", "test_cost_of_a_small_output"]


def loglik_cost(a, y):
    return float(-np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)))
