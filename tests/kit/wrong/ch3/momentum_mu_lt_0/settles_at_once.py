"""Wrong (forging the observation): jumps straight to the steady velocity -eta*g/(1 - mu) after
alternating wiggles, instead of following the momentum update."""
CAUGHT_BY = ["test_steady_step_is_smaller_than_plain_gd"]


def momentum_step(w, v, grad, eta, mu):
    steady = -eta * grad / (1 - mu)
    v = steady + (0.5 * (steady - v) if v != 0 else 0.01)
    return w + v, v
