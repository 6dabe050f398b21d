"""Wrong: silently caps mu at 1, hiding the instability."""
CAUGHT_BY = ["test_mu_above_one_diverges", "test_velocity_grows_without_gradient"]


def momentum_step(w, v, grad, eta, mu):
    v = min(mu, 0.99) * v - eta * grad
    return w + v, v
