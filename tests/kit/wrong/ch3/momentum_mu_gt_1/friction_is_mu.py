"""Wrong: uses 1 - mu as the memory (mu as friction), so mu > 1 'just learns faster' and nothing blows up."""
CAUGHT_BY = ["test_mu_above_one_diverges", "test_velocity_grows_without_gradient"]


def momentum_step(w, v, grad, eta, mu):
    v = (1 - mu) * v - eta * grad
    return w + v, v
