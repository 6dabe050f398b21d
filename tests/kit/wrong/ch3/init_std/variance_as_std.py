"""Wrong: treats 1/n_in as the weights' standard deviation (draws N(0, 1/n_in^2))."""
CAUGHT_BY = ["test_monte_carlo_matches_the_formula"]


def monte_carlo_std(n_in, n_ones, weight_std, bias_std, samples, seed):
    rng = np.random.default_rng(seed)
    x = np.zeros(n_in)
    x[:n_ones] = 1.0
    w = rng.normal(0.0, weight_std ** 2, size=(samples, n_in))
    return float(np.std(w @ x + rng.normal(0.0, bias_std, size=samples)))
