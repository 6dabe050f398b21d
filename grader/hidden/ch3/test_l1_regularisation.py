"""Hidden checks: ch3.l1_regularisation."""
import numpy as np

from grader.checks import assert_close, weight
from grader.probes.ch3.l1_regularisation import l1_step


@weight(2)
def test_zero_weights_stay_zero_and_biases_are_not_decayed(ex):
    w = np.array([[0.0, 0.3, -0.3], [0.0, 2.0, -1e-4]])
    b = np.array([[5.0], [-5.0]])
    zeros_w, zeros_b = np.zeros_like(w), np.zeros_like(b)
    ws, bs = ex.probe(l1_step, [w], [b], [zeros_w], [zeros_b], 0.5, 5.0, 1000, [1.0, 1.0])
    assert ws[0][0, 0] == 0.0 and ws[0][1, 0] == 0.0, "a weight that is exactly 0 has sgn(0) = 0: it must stay 0"
    assert_close(ws[0], w - 0.0025 * np.sign(w), "the weights after a step with zero gradients", reveal=False)
    assert_close(bs[0], b, "the biases after a step with zero gradients (they are not regularised)", reveal=False)


@weight(2)
def test_full_step_with_gradients(ex):
    rng = np.random.default_rng(21)
    ws0 = [rng.normal(size=(4, 3)), rng.normal(size=(2, 4))]
    bs0 = [rng.normal(size=(4, 1)), rng.normal(size=(2, 1))]
    gw = [rng.normal(size=w.shape) for w in ws0]
    gb = [rng.normal(size=b.shape) for b in bs0]
    scales = [0.5, 1.0, 2.0, -1.0, 0.25]
    eta, lmbda, n = 0.3, 2.0, 500
    ws, bs = ex.probe(l1_step, ws0, bs0, gw, gb, eta, lmbda, n, scales)
    total = sum(scales)
    for i in range(2):
        want_w = ws0[i] - eta * lmbda / n * np.sign(ws0[i]) - eta / len(scales) * total * gw[i]
        want_b = bs0[i] - eta / len(scales) * total * gb[i]
        assert_close(ws[i], want_w, f"the weights of layer {i + 1} after one step", reveal=False)
        assert_close(bs[i], want_b, f"the biases of layer {i + 1} after one step", reveal=False)


def test_penalty(ex):
    ws = [np.array([[1.0, -2.0]]), np.array([[0.0], [-0.5]])]
    got = ex.l1_penalty(ws, 3.0, 10)
    assert abs(got - 3.0 / 10 * 3.5) < 1e-12, "the L1 cost term should be (lmbda/n) * sum |w| (no 1/2)"
