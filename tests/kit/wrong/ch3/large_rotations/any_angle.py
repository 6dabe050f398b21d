"""Wrong: 'bigger rotations are always fine, more data never hurts' - allows 180 degrees."""
CAUGHT_BY = ["test_expander_keeps_labels_and_refuses_big_angles", "test_safe_angle_is_small"]


def max_safe_degrees():
    return 180.0
