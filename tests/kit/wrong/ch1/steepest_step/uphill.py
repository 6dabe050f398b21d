"""Wrong: +eps * grad / |grad|, the sign error that climbs fastest instead of descending."""
CAUGHT_BY = ["test_no_direction_does_better", "test_step_for_a_3_4_gradient"]
BREAKS_STATEMENT = "The move of length eps that minimises grad · dv"


def optimal_step(grad, eps):
    grad = np.asarray(grad, dtype=float)
    return eps * grad / np.linalg.norm(grad)
