"""Wrong: differentiates as if a = z (the sigmoid is left out of the chain rule)."""
CAUGHT_BY = ["test_gradients_are_derivatives", "test_bias_gradient_of_the_output_itself"]


def weight_gradients(cost, a, w, x, b):
    z = sum(wj * xj for wj, xj in zip(w, x)) + b
    return [sp.diff(cost.subs(a, z), wj) for wj in w]


def bias_gradient(cost, a, w, x, b):
    z = sum(wj * xj for wj, xj in zip(w, x)) + b
    return sp.diff(cost.subs(a, z), b)
