"""Wrong: the sigma' factor is forgotten, so dC/da = a - y and the "cost" is the quadratic one."""
CAUGHT_BY = ["test_dC_da_from_the_wish", "test_cost_satisfies_the_wish", "test_wish_at_a_point"]


def dC_da_from_wish(a, y):
    return a - y


def cost_from_wish(a, y):
    return (a - y) ** 2 / 2
