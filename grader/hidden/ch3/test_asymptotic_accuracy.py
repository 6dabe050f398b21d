"""Hidden checks: ch3.asymptotic_accuracy."""
import numpy as np

from grader.checks import weight

# The book's training-size sweep (validation accuracy, %): network and SVM.
SIZES = [100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000]
NET = [69.09, 76.37, 85.29, 88.85, 91.27, 93.24, 94.89, 95.85, 95.97]
SVM = [25.07, 48.93, 75.13, 83.87, 88.49, 91.46, 92.45, 93.47, 94.48]


@weight(2)
def test_fit_to_the_books_sweep_is_bounded(ex):
    for name, acc in (("network", NET), ("SVM", SVM)):
        a_inf, k, alpha = ex.fit_power_law(SIZES, acc)
        assert 0 < alpha <= 2, f"the {name} fit should have alpha in (0, 2], got {alpha:.3g}"
        assert k > 0, f"the {name} fit should rise with n (k > 0)"
        assert max(acc) - 0.5 <= a_inf <= 100, \
            f"the {name} curve's limit should lie between its best point and 100%, got {a_inf:.2f}"
        pred = np.asarray(ex.predict((a_inf, k, alpha), SIZES))
        rms = float(np.sqrt(np.mean((pred - np.asarray(acc)) ** 2)))
        ref = _best_rms(acc)
        assert rms <= ref * 1.05 + 1e-6, f"the {name} fit is not a least-squares fit (rms error {rms:.3f} is too big)"
        big = float(np.asarray(ex.predict((a_inf, k, alpha), [1e12]))[0])
        assert big <= 100, "extrapolating your fit to 10^12 examples gives more than 100%"


def _best_rms(acc):
    n, y = np.asarray(SIZES, float), np.asarray(acc, float)
    best = np.inf
    for alpha in np.linspace(0.005, 2, 4000):
        A = np.column_stack([np.ones_like(n), -n ** -alpha])
        coef, *_ = np.linalg.lstsq(A, y, rcond=None)
        best = min(best, float(np.sqrt(np.mean((A @ coef - y) ** 2))))
    return best


def test_predict(ex):
    got = np.asarray(ex.predict((95.0, 50.0, 0.5), [1.0, 100.0, 10000.0]))
    assert np.allclose(got, [45.0, 90.0, 94.5]), "predict should give a_inf - k n^-alpha for each n"
