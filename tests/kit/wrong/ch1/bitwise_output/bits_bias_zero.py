"""Wrong: W holds the bits themselves (1 where bit i of digit d is 1, else 0) and b = 0.

On clean one-hot inputs every bit lands on the right side of 0.5, but an 'on' bit gives only
sigma(0.99) = 0.73 and an 'off' bit sigma(0) = 0.5 or more: the 0.9 / 0.1 worst case fails.
"""
CAUGHT_BY = ["test_worst_case_on_bits", "test_worst_case_off_bits", "test_worst_case_of_the_assumption"]
BREAKS_STATEMENT = ("even in the worst case allowed by that assumption, every bit that should be 1 outputs at "
                    "least 0.9 and every bit that should be 0 outputs at most 0.1")


def bitwise_layer():
    W = np.array([[1.0 if (d >> i) & 1 else 0.0 for d in range(10)] for i in range(4)])
    return W, np.zeros(4)
