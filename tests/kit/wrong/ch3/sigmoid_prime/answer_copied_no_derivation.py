"""Wrong: the right answer, but the 'derivation' only joins the start to the end (no step worked out)."""
CAUGHT_BY = ["test_derivation_is_a_proof"]
BREAKS_STATEMENT = "the steps between must carry the argument: the derivative worked out in exponentials"


def derivation(z):
    sigma = sp.Function("sigma")
    return [sp.Derivative(sigma(z), z), sigma(z) * (1 - sigma(z))]
