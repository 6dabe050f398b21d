"""Wrong: a step of length eps along -sign(grad); downhill, but not the steepest direction."""
CAUGHT_BY = ["test_no_direction_does_better", "test_step_for_a_3_4_gradient"]
BREAKS_STATEMENT = "The move of length eps that minimises grad · dv"


def optimal_step(grad, eps):
    s = -np.sign(np.asarray(grad, dtype=float))
    return eps * s / np.linalg.norm(s)
