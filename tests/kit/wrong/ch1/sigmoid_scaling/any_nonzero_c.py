"""Wrong: claims any c != 0 works, but a negative c flips the sign of every weighted input."""
CAUGHT_BY = ["test_which_constants_keep_behaviour", "test_scaling_by_two_constants"]
BREAKS_STATEMENT = "True if scaling every weight and bias by the number c keeps every perceptron network's output the same"


def scaling_keeps_behaviour(c):
    return c != 0
