"""Wrong: a_j (1 - a_k) for every entry (right on the diagonal only)."""
CAUGHT_BY = ["test_jacobian_matches_finite_differences", "test_jacobian_signs_and_columns",
             "test_jacobian_entry_symbolic"]


def softmax_jacobian(z):
    a = softmax(z)
    return a[:, None] * (1 - a[None, :])


def jacobian_entry(a_j, a_k, same):
    return a_j * (1 - a_k)
