"""Wrong: the cross-entropy without nan_to_num, so 0 * log(0) gives NaN when a saturates."""
CAUGHT_BY = ["test_costs_and_saturation"]
BREAKS_STATEMENT = "The cross-entropy must stay finite when an output saturates to exactly 0.0 or 1.0"


def _fn(a, y):
    return float(np.sum(-y * np.log(a) - (1 - y) * np.log(1 - a)))


CrossEntropyCost.fn = staticmethod(_fn)
