"""Wrong: e^-z / (1 + e^-z), the square in the denominator is missing."""
CAUGHT_BY = ["test_matches_central_differences", "test_formula_in_s_is_the_derivative"]


def sigmoid_prime_in_s(s):
    return 1 - s       # e^-z / (1 + e^-z) written with s


def sigmoid_prime(z):
    z = np.asarray(z, dtype=float)
    return np.exp(-z) / (1 + np.exp(-z))
