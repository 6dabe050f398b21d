"""Visible checks: ch1.bitwise_output."""
import numpy as np


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
