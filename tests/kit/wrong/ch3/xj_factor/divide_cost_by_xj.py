"""Wrong: "divide the cost by x_j" - each weight's cost is C / x_j, which only hides the factor."""
CAUGHT_BY = ["test_gradients_are_derivatives", "test_xj_factor_is_common_to_every_cost"]


def weight_gradients(cost, a, w, x, b):
    c = _cost_of_parameters(cost, a, w, x, b)
    return [sp.diff(c / xj, wj) for wj, xj in zip(w, x)]
