"""Wrong: the symbolic step points along the gradient (the maximum of g·dv, not the minimum)."""
CAUGHT_BY = ["test_symbolic_step_lagrange"]


def symbolic_step():
    norm = sympy.sqrt(g1**2 + g2**2)
    return (epsilon * g1 / norm, epsilon * g2 / norm)
