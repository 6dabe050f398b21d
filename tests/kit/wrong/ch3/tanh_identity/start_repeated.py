"""Wrong: the start repeated before the claim; no step writes tanh(z/2) through exponentials."""
CAUGHT_BY = ["test_derivation_holds", "test_derivation_is_a_chain_of_several_steps"]
BREAKS_STATEMENT = "a step of the form (1 + T)/2 where T is tanh(z/2) written through exponentials"


def derivation(z):
    return [1 / (1 + sp.exp(-z)), 1 / (1 + sp.exp(-z)), (1 + sp.tanh(z / 2)) / 2]
