"""Wrong: the 'stable' error is cost_derivative(a, y) * sigma'(z), which is NaN at z = 40."""
CAUGHT_BY = ["test_stable_error_at_saturation"]
BREAKS_STATEMENT = "exact and finite even when a is exactly 0.0 or 1.0"


def stable_output_error(z, a, y):
    with np.errstate(divide="ignore", invalid="ignore"):
        return ce_cost_derivative(a, y) * sigmoid_prime(z)
