"""Wrong: the 'derivation' jumps straight from the start to the claim, with no step between."""
CAUGHT_BY = ["test_derivation_is_a_chain_of_several_steps"]


def derivation(z):
    return [1 / (1 + sp.exp(-z)), (1 + sp.tanh(z / 2)) / 2]
