"""Wrong: bias -9 with weights 10; right on clean inputs, but an 'on' bit at 0.99 gives only sigma(0.9)."""
CAUGHT_BY = ["test_worst_case_on_bits"]


def bitwise_layer():
    W = np.array([[10.0 if (d >> i) & 1 else 0.0 for d in range(10)] for i in range(4)])
    return W, np.full(4, -9.0)
