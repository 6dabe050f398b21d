"""Wrong: rotates clockwise (the row axis taken as pointing up)."""
CAUGHT_BY = ["test_rotations_turn_the_right_way", "test_quarter_turn_matches_rot90"]

_right = rotate


def rotate(image, degrees):
    return _right(image, -degrees)
