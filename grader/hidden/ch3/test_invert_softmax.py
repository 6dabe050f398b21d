"""Hidden checks: ch3.invert_softmax."""
import numpy as np

from grader.checks import as_array, assert_close, assert_finite, weight


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def _cases():
    rng = np.random.default_rng(52)
    return [_softmax(rng.normal(0, s, n)) for n, s in ((2, 1.0), (4, 2.0), (7, 3.0), (10, 0.5))]


@weight(2)
def test_round_trip(ex):
    for a in _cases():
        z = as_array(ex.invert_softmax(a), "invert_softmax(a)", shape=a.shape)
        assert_finite(z, "invert_softmax(a)")
        assert_close(_softmax(z), a, f"softmax(invert_softmax(a)) for {a.size} classes (it should give back a)",
                     rtol=0, atol=1e-12, reveal=False)


def test_differs_from_ln_a_by_a_constant(ex):
    for a in _cases():
        z = as_array(ex.invert_softmax(a), "invert_softmax(a)", shape=a.shape)
        shift = z - np.log(a)
        assert np.ptp(shift) < 1e-9, \
            f"z_j - ln a_j should be the same for every j ({a.size} classes); it varies by {np.ptp(shift):.3g}"


def test_log_normaliser(ex):
    rng = np.random.default_rng(53)
    for z in (rng.normal(0, 2, 5), np.array([1000.0, 1001.0, 999.0]), np.array([-800.0, -801.0])):
        got = ex.log_normaliser(z)
        assert_finite(got, f"log_normaliser of {z.size} inputs around {z.mean():.0f}")
        m = z.max()
        want = m + np.log(np.sum(np.exp(z - m)))
        assert_close(got, want, f"log_normaliser of {z.size} inputs around {z.mean():.0f}", rtol=1e-12, reveal=False)
        a = _softmax(z)
        assert_close(np.log(a) + float(got), z, "ln a_j + C with your C (it should give back z)",
                     rtol=1e-12, atol=1e-9, reveal=False)
