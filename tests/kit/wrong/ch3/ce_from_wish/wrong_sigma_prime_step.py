"""Wrong: uses sigma' = sigma (1 + sigma) in the derivation, so a step does not hold."""
CAUGHT_BY = ["test_derivation_chain_holds", "test_derivation_uses_the_chain_rule"]


def derivation(z, y):
    s = sigma(z)
    dC_da = -y / s + (1 - y) / (1 - s)
    return [
        sp.Derivative(-(y * sp.log(s) + (1 - y) * sp.log(1 - s)), z),
        dC_da * sp.Derivative(s, z),
        dC_da * s * (1 + s),
        s - y,
    ]
