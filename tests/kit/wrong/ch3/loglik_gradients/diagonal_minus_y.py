"""Wrong: dC/dz_j = a_j (1 - a_j) - y_j (the softmax derivative's diagonal, minus the target)."""
CAUGHT_BY = ["test_dC_dz_symbolic", "test_gradients_match_finite_differences", "test_gradients_with_large_weighted_inputs"]


def dC_dz(z, y):
    den = sum(sp.exp(t) for t in z)
    return [sp.exp(t) / den * (1 - sp.exp(t) / den) - (1 if j == y else 0) for j, t in enumerate(z)]


def gradients(W, b, x, y):
    z = W @ x + b
    e = np.exp(z - z.max())
    a = e / e.sum()
    delta = a * (1 - a)
    delta[y] -= 1.0
    return delta, delta @ x.T
