"""Wrong (incomplete proof): goes straight from the start to sigma(z) - y, no chain rule step."""
CAUGHT_BY = ["test_derivation_uses_the_chain_rule"]


def derivation(z, y):
    s = sigma(z)
    return [sp.Derivative(-(y * sp.log(s) + (1 - y) * sp.log(1 - s)), z), s - y]
