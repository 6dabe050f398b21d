"""Wrong: (1 + tanh z)/2, the 1/2 inside tanh forgotten (differs from sigma at z = 1)."""
CAUGHT_BY = ["test_identity_holds_symbolically_and_on_a_grid", "test_derivation_is_a_chain_of_several_steps"]


def sigmoid_from_tanh(z):
    return (1 + sp.tanh(z)) / 2


def derivation(z):
    e = sp.exp(-2 * z)
    return [1 / (1 + sp.exp(-z)), (1 + (1 - e) / (1 + e)) / 2, (1 + sp.tanh(z / 2)) / 2]
