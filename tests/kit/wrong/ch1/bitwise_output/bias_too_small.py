"""Wrong: bias -1 with weights 10; five stray outputs of 0.01 lift an 'off' bit to sigma(-0.5)."""
CAUGHT_BY = ["test_worst_case_off_bits", "test_worst_case_of_the_assumption"]
BREAKS_STATEMENT = "every bit that should be 1 outputs at least 0.9 and every bit that should be 0 outputs at most 0.1"


def bitwise_layer():
    W = np.array([[10.0 if (d >> i) & 1 else 0.0 for d in range(10)] for i in range(4)])
    return W, np.full(4, -1.0)
