"""Wrong: -eps * grad, which has length eps |grad| instead of eps."""
CAUGHT_BY = ["test_step_length_is_eps", "test_step_for_a_3_4_gradient"]
BREAKS_STATEMENT = "The move of length eps that minimises grad · dv"


def optimal_step(grad, eps):
    return -eps * np.asarray(grad, dtype=float)
