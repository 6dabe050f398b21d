"""Wrong: sigma(z)(1 + sigma(z)) instead of sigma(z)(1 - sigma(z))."""
CAUGHT_BY = ["test_formula_in_s_is_the_derivative", "test_matches_central_differences",
             "test_formula_in_s_at_one_half"]


def sigmoid_prime_in_s(s):
    return s * (1 + s)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 + s)
