"""Wrong: says a negative mu is the same as no momentum (step -eta*g)."""
CAUGHT_BY = ["test_steady_step_is_smaller_than_plain_gd", "test_steady_step_formula"]


def momentum_step(w, v, grad, eta, mu):
    v = max(mu, 0.0) * v - eta * grad
    return w + v, v


def steady_step(eta, grad, mu):
    return -eta * grad / (1 - max(mu, 0.0))
