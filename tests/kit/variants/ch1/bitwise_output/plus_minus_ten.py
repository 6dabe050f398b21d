"""Right answer: +-10 weights (plus for an on bit, minus for an off bit) with a zero bias, as a column vector."""

def bitwise_layer():
    W = [[10 if (d >> i) & 1 else -10 for d in range(10)] for i in range(4)]
    return W, np.zeros((4, 1))
