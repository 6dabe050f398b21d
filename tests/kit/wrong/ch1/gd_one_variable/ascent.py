"""Wrong: v + eta * C'(v), gradient ascent, which climbs away from the minimum."""
CAUGHT_BY = ["test_update_rule_exact", "test_double_well_settles_in_the_near_valley", "test_quadratic_converges_to_its_minimum"]
BREAKS_STATEMENT = "Run steps gradient-descent updates from v0"


def gd_1d(dC, v0, eta, steps):
    path = [float(v0)]
    for _ in range(steps):
        path.append(path[-1] + eta * dC(path[-1]))
    return path
