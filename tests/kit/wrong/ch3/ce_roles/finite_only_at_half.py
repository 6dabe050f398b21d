"""Wrong: believes the swapped form is finite only at y = 1/2 (any 0 < y < 1 is fine)."""
CAUGHT_BY = ["test_swapped_form_breaks_at_binary_targets"]


def swapped_form_is_finite(y):
    return y == 0.5
