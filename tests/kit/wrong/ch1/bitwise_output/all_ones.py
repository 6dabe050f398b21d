"""Wrong: every weight 1 and every bias 0, so every output sits near 0.73 with no separation."""
CAUGHT_BY = ["test_worst_case_on_bits", "test_worst_case_off_bits", "test_worst_case_of_the_assumption"]
BREAKS_STATEMENT = "every bit that should be 1 outputs at least 0.9 and every bit that should be 0 outputs at most 0.1"


def bitwise_layer():
    return np.ones((4, 10)), np.zeros(4)
