"""Wrong: treats mu < 0 like |mu| (the same as positive momentum)."""
CAUGHT_BY = ["test_steady_step_is_smaller_than_plain_gd", "test_steady_step_formula"]


def momentum_step(w, v, grad, eta, mu):
    v = abs(mu) * v - eta * grad
    return w + v, v


def steady_step(eta, grad, mu):
    return -eta * grad / (1 - abs(mu))
