"""Visible checks: ch3.momentum_mu_gt_1."""


def test_one_step(ex):
    w, v = ex.momentum_step(1.0, 0.5, 2.0, 0.1, 0.9)
    assert abs(v - (0.9 * 0.5 - 0.1 * 2.0)) < 1e-12, f"the new velocity should be mu*v - eta*grad = 0.25, got {v}"
    assert abs(w - 1.25) < 1e-12, f"w should move by the new velocity, to 1.25; got {w}"
