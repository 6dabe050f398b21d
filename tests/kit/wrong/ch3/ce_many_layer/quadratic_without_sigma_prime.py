"""Wrong: the quadratic cost's delta written as a - y, dropping sigma'(z)."""
CAUGHT_BY = ["test_quadratic_delta_matches_finite_differences"]


def quadratic_output_delta(z, y):
    return _sigmoid(z) - y
