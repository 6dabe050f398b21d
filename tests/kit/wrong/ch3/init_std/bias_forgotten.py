"""Wrong: the bias is left out, giving sqrt(1/2)."""
CAUGHT_BY = ["test_general_formula", "test_symbolic_answer", "test_monte_carlo_matches_the_formula"]


def z_std(n_ones, weight_std, bias_std):
    var = n_ones * weight_std ** 2
    return sp.sqrt(var) if isinstance(var, sp.Basic) else math.sqrt(var)


def book_std():
    return sp.sqrt(sp.Rational(1, 2))


def monte_carlo_std(n_in, n_ones, weight_std, bias_std, samples, seed):
    rng = np.random.default_rng(seed)
    x = np.zeros(n_in)
    x[:n_ones] = 1.0
    return float(np.std(rng.normal(0.0, weight_std, size=(samples, n_in)) @ x))
