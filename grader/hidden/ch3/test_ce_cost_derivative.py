"""Hidden checks: ch3.ce_cost_derivative."""
import numpy as np

from grader.checks import assert_close, weight


@weight(2)
def test_stable_error_at_saturation(ex):
    z = np.array([[40.0], [40.0], [-40.0], [3.0]])
    a = 1 / (1 + np.exp(-z))                       # exactly 1.0, 1.0, ~0, and an ordinary value
    y = np.array([[0.0], [1.0], [0.0], [1.0]])
    got = np.asarray(ex.stable_output_error(z, a, y), dtype=float)
    assert np.all(np.isfinite(got)), "the stable output error must stay finite when a saturates to exactly 1.0 or 0.0"
    assert_close(got, a - y, "the stable output error at z = +-40", reveal=False)


def test_naive_version_shows_the_pitfall(ex):
    z = np.array([[-2.0], [0.3], [4.0]])
    y = np.array([[0.0], [1.0], [1.0]])
    a = 1 / (1 + np.exp(-z))
    assert_close(ex.naive_output_error(z, y), a - y, "the naive output error for ordinary z", rtol=1e-6, reveal=False)
    bad = np.asarray(ex.naive_output_error(np.array([[40.0], [40.0]]), np.array([[0.0], [1.0]])), dtype=float)
    assert not np.any(np.isfinite(bad)), \
        "computed as cost_derivative * sigma'(z), the output error at z = 40 (where sigma(z) is exactly 1.0) " \
        "is not a finite number: compute it exactly that way, without simplifying"


def test_derivative_matches_the_cost(ex):
    rng = np.random.default_rng(6)
    a = rng.uniform(0.05, 0.95, size=(6, 1))
    y = rng.uniform(0, 1, size=(6, 1))
    h = 1e-6
    cost = lambda a: -(y * np.log(a) + (1 - y) * np.log(1 - a))  # noqa: E731
    numeric = (cost(a + h) - cost(a - h)) / (2 * h)
    assert_close(ex.ce_cost_derivative(a, y), numeric, "dC/da for fractional targets", rtol=1e-5, reveal=False)
