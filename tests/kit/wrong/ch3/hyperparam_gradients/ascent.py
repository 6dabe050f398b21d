"""Wrong: climbs instead of descending, so lambda grows ('no obstacle: it learns a big lambda')."""
CAUGHT_BY = ["test_descent_drives_lambda_down"]


def descend_lambda(weights, n, lmbda, rate, steps):
    g = dC_dlambda(weights, n)
    out = [float(lmbda)]
    for _ in range(steps):
        out.append(out[-1] + rate * g)
    return out
