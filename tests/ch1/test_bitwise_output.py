"""Visible checks: ch1.bitwise_output."""
import numpy as np

from grader.checks import sigmoid


def read_layer(answer):
    assert isinstance(answer, (tuple, list)) and len(answer) == 2, "bitwise_layer() should return a pair (W, b)"
    W, b = answer
    assert len(W) == 4, f"W should have 4 rows, one per new output neuron (bit), got {len(W)}"
    for i, row in enumerate(W):
        assert len(row) == 10, (f"row {i} of W has {len(row)} weights, but it needs 10: one for each old "
                                "output neuron, digits 0 to 9 (a row that stops at 9 entries drops a digit)")
    b = np.asarray(b, dtype=float).reshape(-1)
    assert b.shape == (4,), f"b should hold 4 biases, one per new neuron, got {b.size}"
    return np.asarray(W, dtype=float), b


def test_clean_one_hot_inputs_give_the_binary_code(ex):
    W, b = read_layer(ex.bitwise_layer())
    for d in range(10):
        a = np.zeros(10)
        a[d] = 1.0
        out = 1 / (1 + np.exp(-(W @ a + b)))
        got = [int(o > 0.5) for o in out]
        want = [(d >> i) & 1 for i in range(4)]
        assert got == want, (f"for digit {d} (old outputs exactly one-hot) the new neurons 0..3 should give "
                             f"bits {want} (neuron i = bit of 2**i), got {got}")


def test_worst_case_of_the_assumption(ex):
    # The statement's requirement: whatever the old outputs are, as long as the right digit's is at least
    # 0.99 and every other is below 0.01, an 'on' bit gives >= 0.9 and an 'off' bit <= 0.1.  Each new
    # neuron is monotone in each old output, so the worst cases are the corners of that box.
    W, b = read_layer(ex.bitwise_layer())
    for d in range(10):
        lo = np.where(np.arange(10) == d, 0.99, 0.0)
        hi = np.where(np.arange(10) == d, 1.0, 0.01)
        for i in range(4):
            zmin = b[i] + np.sum(np.minimum(W[i] * lo, W[i] * hi))
            zmax = b[i] + np.sum(np.maximum(W[i] * lo, W[i] * hi))
            if (d >> i) & 1:
                assert sigmoid(zmin) >= 0.9, (
                    f"digit {d}: bit {i} should be 1, but with the digit's old output at 0.99 and the other old "
                    f"outputs anywhere below 0.01, neuron {i} can output as little as {sigmoid(zmin):.4f} (need >= 0.9)")
            else:
                assert sigmoid(zmax) <= 0.1, (
                    f"digit {d}: bit {i} should be 0, but with the digit's old output at 0.99 to 1 and the other old "
                    f"outputs anywhere below 0.01, neuron {i} can output as much as {sigmoid(zmax):.4f} (need <= 0.1)")
