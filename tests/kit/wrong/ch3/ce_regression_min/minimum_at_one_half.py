"""Wrong: "the minimum is at a = 1/2 for every y"."""
CAUGHT_BY = ["test_best_output_is_the_minimiser"]


def best_output(y):
    return sp.Rational(1, 2) + 0 * y
