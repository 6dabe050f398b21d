"""Wrong: keeps the quadratic cost's output error (a - y) * sigma'(z)."""
CAUGHT_BY = ["test_stable_error_at_saturation", "test_stable_error_is_a_minus_y"]


def stable_output_error(z, a, y):
    return (a - y) * sigmoid_prime(z)
