"""Wrong (a forgery): no gradient descent; it finds a zero of dC by bisection near v0 and returns a path
of the right length that sits at v0 and then jumps to that point.  End points alone look right; the
checks now recompute every step in the grader."""
CAUGHT_BY = ["test_quadratic_converges_to_its_minimum", "test_double_well_settles_in_the_near_valley",
             "test_update_rule_exact"]
BREAKS_STATEMENT = "Run steps gradient-descent updates from v0 with learning rate eta"


def gd_1d(dC, v0, eta, steps):
    lo, hi = v0 - 10.0, v0 + 10.0
    if dC(v0) > 0:
        hi = v0
    else:
        lo = v0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if dC(mid) > 0:
            hi = mid
        else:
            lo = mid
    return [float(v0)] + [0.5 * (lo + hi)] * steps
