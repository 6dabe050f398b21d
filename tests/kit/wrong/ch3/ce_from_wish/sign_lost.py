"""Wrong: the minus sign is lost in the integration: y ln a + (1 - y) ln(1 - a)."""
CAUGHT_BY = ["test_cost_satisfies_the_wish", "test_wish_at_a_point"]


def cost_from_wish(a, y):
    return y * sp.log(a) + (1 - y) * sp.log(1 - a)
