"""Wrong: a straight line in log n, extrapolated to 'more than 100%' for huge n."""
CAUGHT_BY = ["test_fit_to_the_books_sweep_is_bounded", "test_predict", "test_fit_recovers_a_clean_curve"]


def fit_power_law(sizes, accuracies):
    slope, intercept = np.polyfit(np.log(sizes), accuracies, 1)
    return float(intercept), float(slope), 0.0


def predict(params, sizes):
    a, b, _ = params
    return a + b * np.log(np.asarray(sizes, dtype=float))
