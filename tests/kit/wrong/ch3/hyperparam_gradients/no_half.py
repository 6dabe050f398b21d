"""Wrong: forgets the 1/2 of the L2 term (sum w^2 / n)."""
CAUGHT_BY = ["test_derivative_on_random_networks", "test_descent_drives_lambda_down", "test_derivative_on_a_small_case"]


def dC_dlambda(weights, n):
    return float(sum(np.sum(np.asarray(w) ** 2) for w in weights)) / n
