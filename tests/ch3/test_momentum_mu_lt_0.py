"""Visible checks: ch3.momentum_mu_lt_0."""


def test_one_step(ex):
    w, v = ex.momentum_step(1.0, 0.5, 2.0, 0.1, -0.5)
    assert abs(v - (-0.5 * 0.5 - 0.1 * 2.0)) < 1e-12, f"the new velocity should be mu*v - eta*grad = -0.45, got {v}"
    assert abs(w - 0.55) < 1e-12, f"w should move by the new velocity, to 0.55; got {w}"
