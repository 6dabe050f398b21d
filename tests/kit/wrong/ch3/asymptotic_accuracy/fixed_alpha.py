"""Wrong: fixes alpha = 0.5 instead of fitting it."""
CAUGHT_BY = ["test_fit_to_the_books_sweep_is_bounded", "test_fit_recovers_a_clean_curve"]


def fit_power_law(sizes, accuracies):
    n = np.asarray(sizes, dtype=float)
    A = np.column_stack([np.ones_like(n), -n ** -0.5])
    (a, k), *_ = np.linalg.lstsq(A, np.asarray(accuracies, float), rcond=None)
    return float(a), float(k), 0.5
