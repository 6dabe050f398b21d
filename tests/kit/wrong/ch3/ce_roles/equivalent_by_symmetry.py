"""Wrong: "both forms are equivalent by symmetry" - the swapped form is used and called always finite."""
CAUGHT_BY = ["test_finite_for_binary_targets", "test_swapped_form_breaks_at_binary_targets"]


def cross_entropy(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    return -(a * np.log(y) + (1 - a) * np.log(1 - y))


def swapped_form_is_finite(y):
    return True
