"""Hidden checks: ch1.bitwise_output.  The worst case of the 0.99 / 0.01 assumption."""
import numpy as np

from grader.checks import sigmoid, weight

ON, OFF = 0.9, 0.1


def read_layer(answer):
    assert isinstance(answer, (tuple, list)) and len(answer) == 2, "bitwise_layer() should return a pair (W, b)"
    W, b = answer
    assert len(W) == 4, f"W should have 4 rows, one per new output neuron (bit), got {len(W)}"
    for i, row in enumerate(W):
        assert len(row) == 10, (f"row {i} of W has {len(row)} weights, but it needs 10: one for each old "
                                "output neuron, digits 0 to 9 (a row that stops at 9 entries drops a digit)")
    b = np.asarray(b, dtype=float).reshape(-1)
    assert b.shape == (4,), f"b should hold 4 biases, one per new neuron, got {b.size}"
    W = np.asarray(W, dtype=float)
    assert np.all(np.isfinite(W)) and np.all(np.isfinite(b)), "W and b should be finite numbers"
    return W, b


def z_range(W, b, d, i):
    """Smallest and largest weighted input of new neuron i when digit d is shown."""
    lo = np.where(np.arange(10) == d, 0.99, 0.0)
    hi = np.where(np.arange(10) == d, 1.0, 0.01)
    zmin = b[i] + np.sum(np.minimum(W[i] * lo, W[i] * hi))
    zmax = b[i] + np.sum(np.maximum(W[i] * lo, W[i] * hi))
    return zmin, zmax


def test_every_row_has_ten_weights(ex):
    read_layer(ex.bitwise_layer())


@weight(2)
def test_worst_case_on_bits(ex):
    W, b = read_layer(ex.bitwise_layer())
    for d in range(10):
        for i in range(4):
            if (d >> i) & 1:
                worst = sigmoid(z_range(W, b, d, i)[0])
                assert worst >= ON, (f"digit {d}: bit {i} should be 1, but in the worst case allowed by the "
                                     f"0.99 / 0.01 assumption neuron {i} outputs only {worst:.4f} (need >= {ON})")


@weight(2)
def test_worst_case_off_bits(ex):
    W, b = read_layer(ex.bitwise_layer())
    for d in range(10):
        for i in range(4):
            if not (d >> i) & 1:
                worst = sigmoid(z_range(W, b, d, i)[1])
                assert worst <= OFF, (f"digit {d}: bit {i} should be 0, but in the worst case allowed by the "
                                      f"0.99 / 0.01 assumption neuron {i} outputs {worst:.4f} (need <= {OFF})")
