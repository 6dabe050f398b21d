"""Wrong (forging the observation): multiplies w by 2 at each step when mu > 1, a blow-up that the
plain 'the iterates got large' test accepted; the right update otherwise."""
CAUGHT_BY = ["test_mu_above_one_diverges", "test_velocity_grows_without_gradient"]


def momentum_step(w, v, grad, eta, mu):
    if mu > 1:
        return 2 * w + 1e-3, v
    v = mu * v - eta * grad
    return w + v, v
