"""Wrong: the symbolic step points along the gradient (the maximum of g·dv, not the minimum)."""
CAUGHT_BY = ["test_symbolic_step_lagrange", "test_symbolic_step_at_an_example_point"]
BREAKS_STATEMENT = "The same step in two dimensions as sympy expressions"


def symbolic_step():
    norm = sympy.sqrt(g1**2 + g2**2)
    return (epsilon * g1 / norm, epsilon * g2 / norm)
