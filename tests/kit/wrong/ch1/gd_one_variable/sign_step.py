"""Wrong: a fixed step eta * sign(C'(v)), which ignores the slope's size and oscillates forever."""
CAUGHT_BY = ["test_update_rule_exact", "test_double_well_settles_in_the_near_valley", "test_quadratic_converges_to_its_minimum"]
BREAKS_STATEMENT = "Run steps gradient-descent updates from v0 with learning rate eta"


def gd_1d(dC, v0, eta, steps):
    path = [float(v0)]
    for _ in range(steps):
        s = dC(path[-1])
        path.append(path[-1] - eta * ((s > 0) - (s < 0)))
    return path
