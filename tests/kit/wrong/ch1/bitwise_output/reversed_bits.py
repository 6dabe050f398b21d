"""Wrong: neuron 0 gives the highest bit (2**3) instead of the lowest."""
CAUGHT_BY = ["test_worst_case_on_bits", "test_worst_case_off_bits", "test_clean_one_hot_inputs_give_the_binary_code", "test_worst_case_of_the_assumption"]
BREAKS_STATEMENT = "every bit that should be 1 outputs at least 0.9 and every bit that should be 0 outputs at most 0.1"


def bitwise_layer():
    W = np.array([[10.0 if (d >> (3 - i)) & 1 else 0.0 for d in range(10)] for i in range(4)])
    return W, np.full(4, -5.0)
