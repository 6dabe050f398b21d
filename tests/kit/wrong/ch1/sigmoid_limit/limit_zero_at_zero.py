"""Wrong: says the limit at z = 0 is 0 (the perceptron's convention), but sigma(c*0) = 1/2 for every c."""
CAUGHT_BY = ["test_limit_at_zero_is_half"]


def limit_output(z):
    return 1.0 if z > 0 else 0.0
