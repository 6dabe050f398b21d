"""Wrong: dC/dz_j = -1/a_y for j = y and 0 otherwise (the chain through softmax is omitted)."""
CAUGHT_BY = ["test_dC_dz_symbolic", "test_two_classes_at_zero", "test_gradients_match_finite_differences"]


def dC_dz(z, y):
    a_y = sp.exp(z[y]) / sum(sp.exp(t) for t in z)
    return [-1 / a_y if j == y else sp.Integer(0) for j in range(len(z))]


def gradients(W, b, x, y):
    z = W @ x + b
    e = np.exp(z - z.max())
    a = e / e.sum()
    delta = np.zeros_like(a)
    delta[y] = -1.0 / a[y]
    return delta, delta @ x.T
