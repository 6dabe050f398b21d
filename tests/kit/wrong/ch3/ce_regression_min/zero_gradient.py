"""Wrong: df/da returned as the constant 0, which is right only at the target a = y."""
CAUGHT_BY = ["test_gradient_symbolic"]
BREAKS_STATEMENT = "df/da as a sympy expression in the symbols a and y"


def ce_gradient(a, y):
    return sp.Integer(0)
