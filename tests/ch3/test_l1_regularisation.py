"""Visible checks: ch3.l1_regularisation."""

from grader.probes.ch3.l1_regularisation import zero_gradient_step


def test_constant_pull_towards_zero(ex):
    import numpy as np
    w = np.array([[0.5, -0.2], [1.0, -3.0]])
    ws, bs = ex.probe(zero_gradient_step, [w], [np.array([[0.7], [-0.4]])], 0.5, 5.0, 1000, 4)
    want = w - 0.0025 * np.sign(w)
    assert np.allclose(ws[0], want), f"with zero gradients each weight should move by -0.0025*sgn(w); got {ws[0]}"
    assert np.allclose(bs[0], [[0.7], [-0.4]]), "biases are not regularised: with zero gradients they must not move"
