"""Hidden checks: ch3.softmax_nonlocal."""
import numpy as np

from grader.checks import as_array, assert_close, weight


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def test_softmax_values(ex):
    rng = np.random.default_rng(50)
    for n in (2, 4, 6):
        z = rng.normal(0, 2, n)
        assert_close(ex.softmax(z), _softmax(z), f"softmax of {n} weighted inputs", reveal=False)


@weight(2)
def test_first_order_change_matches_softmax(ex):
    rng = np.random.default_rng(51)
    dz = 1e-5
    for n, k in ((3, 0), (5, 2), (5, 4)):
        z = rng.normal(0, 1.5, n)
        d = np.zeros(n)
        d[k] = dz
        actual = _softmax(z + d) - _softmax(z)
        assert_close(ex.first_order_change(z, k, dz), actual,
                     f"first_order_change for {n} outputs when z_{k} moves (vs the actual change)",
                     rtol=1e-4, atol=1e-10, reveal=False)


@weight(2)
def test_every_output_moves(ex):
    z = np.array([0.4, -1.0, 2.0, 0.1])
    for k in range(4):
        change = as_array(ex.first_order_change(z, k, 0.01), "first_order_change", shape=(4,))
        others = np.delete(change, k)
        assert change[k] > 0, f"raising z_{k} should raise a_{k}"
        assert np.all(others < 0), f"raising z_{k} should lower every other activation (softmax is not local)"
        assert abs(change.sum()) < 1e-12, "the changes should add up to 0, since the activations always sum to 1"
