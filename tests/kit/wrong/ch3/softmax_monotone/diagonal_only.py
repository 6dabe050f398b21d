"""Wrong: a diagonal Jacobian diag(a(1 - a)), as if softmax acted element-wise."""
CAUGHT_BY = ["test_jacobian_matches_finite_differences", "test_jacobian_signs_and_columns", "test_jacobian_at_zero",
             "test_jacobian_entry_symbolic"]


def softmax_jacobian(z):
    a = softmax(z)
    return np.diag(a * (1 - a))


def jacobian_entry(a_j, a_k, same):
    return a_j * (1 - a_j) if same else sp.Integer(0)
