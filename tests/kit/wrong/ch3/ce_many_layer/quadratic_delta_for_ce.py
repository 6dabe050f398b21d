"""Wrong: the quadratic cost's delta (a - y) * sigma'(z) used for the cross-entropy."""
CAUGHT_BY = ["test_ce_delta_matches_finite_differences", "test_output_gradients_4_3_2_batch", "test_ce_delta_at_zero"]


def ce_output_delta(z, y):
    a = _sigmoid(z)
    return (a - y) * a * (1 - a)
