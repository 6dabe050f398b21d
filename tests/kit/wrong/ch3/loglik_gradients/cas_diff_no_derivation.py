"""Wrong: dC/dz_j from sympy.diff of the given cost, and a 'derivation' that only joins the start to it."""
CAUGHT_BY = ["test_derivation_is_a_proof"]
BREAKS_STATEMENT = "the steps between must carry the argument: the chain rule through the logarithm"


def dC_dz(z, y):
    cost = -sp.log(sp.exp(z[y]) / sum(sp.exp(t) for t in z))
    return [sp.diff(cost, t) for t in z]


def derivation(z, y, j):
    S = sum(sp.exp(t) for t in z)
    start = sp.Derivative(-sp.log(sp.exp(z[y]) / S), z[j])
    return [start, start.doit(), dC_dz(z, y)[j]]
