"""Wrong: dC/db^l = delta^l (.) sigma'(z) -- an extra factor sigma' (here written with delta)."""
BREAKS_STATEMENT = "BP3  dC/db^l = delta^l"
CAUGHT_BY = ["test_bp3_bp4_shapes_and_entries"]


def bp3(delta):
    return delta.multiply_elementwise(sigmoid_prime(delta))
