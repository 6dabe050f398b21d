"""Wrong: the total instead of the average over the examples."""
CAUGHT_BY = ["test_min_cost_matches_numeric_minimum"]


def min_cost(ys):
    return float(np.sum(binary_entropy(ys)))
