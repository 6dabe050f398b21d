"""Wrong: leaves v0 out of the returned path (only the updated points)."""
CAUGHT_BY = ["test_path_starts_at_v0", "test_quadratic_converges_to_its_minimum"]
BREAKS_STATEMENT = "Return the list of visited points [v0, v1, ..., v_steps] (so steps + 1 numbers)"


def gd_1d(dC, v0, eta, steps):
    v, path = float(v0), []
    for _ in range(steps + 1):
        v = v - eta * dC(v)
        path.append(v)
    return path
