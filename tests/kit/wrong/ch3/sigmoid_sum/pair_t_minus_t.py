"""Wrong: two outputs with z = (t, -t); sigma(t) + sigma(-t) = 1 always."""
CAUGHT_BY = ["test_example_does_not_sum_to_one"]


def example_z():
    return np.array([1.7, -1.7])
