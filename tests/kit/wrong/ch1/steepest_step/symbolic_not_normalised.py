"""Wrong: the symbolic step -epsilon * g, whose length is not epsilon."""
CAUGHT_BY = ["test_symbolic_step_lagrange"]


def symbolic_step():
    return (-epsilon * g1, -epsilon * g2)
