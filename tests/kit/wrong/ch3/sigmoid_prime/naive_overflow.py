"""Wrong: the right formula written as e^-z / (1 + e^-z)^2, which gives inf/inf = NaN at z = -1000."""
CAUGHT_BY = ["test_finite_at_plus_minus_1000"]
BREAKS_STATEMENT = "stay finite (no NaN, no inf) even at z = +-1000"


def sigmoid_prime(z):
    z = np.asarray(z, dtype=float)
    return np.exp(-z) / (1 + np.exp(-z)) ** 2
