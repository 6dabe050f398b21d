"""Wrong: ignores the seed (draws from the global generator), so results are not reproducible."""
CAUGHT_BY = ["test_monte_carlo_matches_the_formula"]
BREAKS_STATEMENT = "draw samples independent neurons with np.random.default_rng(seed)"


def monte_carlo_std(n_in, n_ones, weight_std, bias_std, samples, seed):
    x = np.zeros(n_in)
    x[:n_ones] = 1.0
    w = np.random.normal(0.0, weight_std, size=(samples, n_in))
    return float(np.std(w @ x + np.random.normal(0.0, bias_std, size=samples)))
