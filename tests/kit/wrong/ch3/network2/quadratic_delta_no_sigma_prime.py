"""Wrong: QuadraticCost.delta forgets sigma'(z) (it returns a - y like the cross-entropy)."""
CAUGHT_BY = ["test_costs_and_saturation", "test_backprop_uses_the_cost", "test_cost_classes"]

QuadraticCost.delta = staticmethod(lambda z, a, y: a - y)
