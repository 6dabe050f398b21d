"""Hidden checks: ch3.momentum_mu_gt_1."""
from grader.checks import weight
from grader.probes.ch3.momentum_mu_gt_1 import run_quadratic


@weight(2)
def test_mu_above_one_diverges(ex):
    ws = ex.probe(run_quadratic, 1.1, 0.01, 2000, 1.0, 0.0, 1.0)
    big = max(abs(w) for w in ws)
    assert big > 1e3 or big != big, f"with mu = 1.1 on C = w^2/2 the iterates should blow up; the largest |w| was {big:.3g}"
    ws = ex.probe(run_quadratic, 0.9, 0.01, 2000, 1.0, 0.0, 1.0)
    assert abs(ws[-1]) < 1e-3, f"with mu = 0.9 the iterates should settle at the minimum; after 2000 steps w = {ws[-1]:.3g}"


def test_velocity_grows_without_gradient(ex):
    ws = ex.probe(run_quadratic, 1.2, 0.1, 30, 0.0, 1.0, 0.0)
    steps = [b - a for a, b in zip([0.0] + ws[:-1], ws)]
    for t, s in enumerate(steps, 1):
        assert abs(s - 1.2 ** t) < 1e-6 * 1.2 ** t, \
            f"with no gradient the velocity should be multiplied by mu at every step; step {t} is off"
