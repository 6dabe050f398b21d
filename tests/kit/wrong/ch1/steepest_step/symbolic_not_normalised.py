"""Wrong: the symbolic step -epsilon * g, whose length is not epsilon."""
CAUGHT_BY = ["test_symbolic_step_lagrange", "test_symbolic_step_at_an_example_point"]
BREAKS_STATEMENT = "The same step in two dimensions as sympy expressions"


def symbolic_step():
    return (-epsilon * g1, -epsilon * g2)
