"""Wrong: "both forms are equivalent by symmetry" - the swapped form is used and called always finite."""
CAUGHT_BY = ["test_finite_for_binary_targets", "test_swapped_form_breaks_at_binary_targets"]
BREAKS_STATEMENT = "It must be finite for y = 0 or 1 whenever 0 < a < 1"


def cross_entropy(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    return -(a * np.log(y) + (1 - a) * np.log(1 - y))


def swapped_form_is_finite(y):
    return True
