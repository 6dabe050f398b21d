"""Wrong: 'naive' version simplified to a - y, so it never shows the pitfall; and dC/da loses a sign."""
CAUGHT_BY = ["test_naive_version_shows_the_pitfall", "test_derivative_matches_the_cost"]


def ce_cost_derivative(a, y):
    return (y - a) / (a * (1.0 - a))


def naive_output_error(z, y):
    return sigmoid(z) - y
