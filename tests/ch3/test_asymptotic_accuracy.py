"""Visible checks: ch3.asymptotic_accuracy."""
import numpy as np


def test_fit_recovers_a_clean_curve(ex):
    sizes = np.array([100, 300, 1000, 3000, 10000, 30000, 100000], dtype=float)
    acc = 97.0 - 300.0 * sizes ** -0.6
    a_inf, k, alpha = ex.fit_power_law(sizes, acc)
    assert abs(a_inf - 97.0) < 0.3 and abs(alpha - 0.6) < 0.05, \
        f"the points lie exactly on 97 - 300 n^-0.6; your fit gives a_inf = {a_inf:.3f}, alpha = {alpha:.3f}"
