"""Wrong: claims any c != 0 works, but a negative c flips the sign of every weighted input."""
CAUGHT_BY = ["test_which_constants_keep_behaviour"]


def scaling_keeps_behaviour(c):
    return c != 0
