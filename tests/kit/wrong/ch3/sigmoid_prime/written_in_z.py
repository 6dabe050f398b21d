"""Wrong: the derivative written in z (e^-z / (1 + e^-z)^2), not in s = sigma(z)."""
CAUGHT_BY = ["test_formula_in_s_is_the_derivative", "test_derivation_is_a_proof"]


def sigmoid_prime_in_s(s):
    z = sp.Symbol("z")
    return sp.exp(-z) / (1 + sp.exp(-z)) ** 2
