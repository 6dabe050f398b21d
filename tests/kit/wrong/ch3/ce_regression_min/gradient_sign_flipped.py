"""Wrong: the derivative of +[y ln a + (1 - y) ln(1 - a)] (the minus sign lost)."""
CAUGHT_BY = ["test_gradient_symbolic"]


def ce_gradient(a, y):
    return y / a - (1 - y) / (1 - a)
