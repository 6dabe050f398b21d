"""Wrong: a one-hot vector at argmax, which gives all the mass to the first of tied entries."""
CAUGHT_BY = ["test_limit_distribution_with_ties"]
BREAKS_STATEMENT = "including z whose largest value occurs more than once"


def limit_distribution(z):
    z = np.asarray(z, dtype=float)
    return np.eye(z.size)[int(np.argmax(z))]
