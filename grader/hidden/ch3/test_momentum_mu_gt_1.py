"""Hidden checks: ch3.momentum_mu_gt_1."""
from grader.checks import weight
from grader.probes.ch3.momentum_mu_gt_1 import run_quadratic


def _replayed(mu, eta, steps, w0, v0, curvature):
    """The iterates of momentum on C = curvature * w^2 / 2, computed here in the grader."""
    w, v, ws = w0, v0, []
    for _ in range(steps):
        v = mu * v - eta * curvature * w
        w = w + v
        ws.append(w)
    return ws


def _follows(ws, ref):
    return len(ws) == len(ref) and all(abs(a - b) <= 1e-6 * max(1.0, abs(b)) for a, b in zip(ws, ref))


@weight(2)
def test_mu_above_one_diverges(ex):
    # the iterates are compared with the grader's own replay, so a claimed blow-up counts only if it is the real one
    ws = ex.probe(run_quadratic, 1.1, 0.01, 2000, 1.0, 0.0, 1.0)
    ref = _replayed(1.1, 0.01, 2000, 1.0, 0.0, 1.0)
    assert _follows(ws, ref), "with mu = 1.1 on C = w^2/2 your iterates are not those of the momentum update"
    assert max(abs(w) for w in ref) > 1e3, "internal: the replay should blow up"
    ws = ex.probe(run_quadratic, 0.9, 0.01, 2000, 1.0, 0.0, 1.0)
    assert _follows(ws, _replayed(0.9, 0.01, 2000, 1.0, 0.0, 1.0)) and abs(ws[-1]) < 1e-3, \
        "with mu = 0.9 the iterates should settle at the minimum, following the momentum update"


def test_velocity_grows_without_gradient(ex):
    ws = ex.probe(run_quadratic, 1.2, 0.1, 30, 0.0, 1.0, 0.0)
    steps = [b - a for a, b in zip([0.0] + ws[:-1], ws)]
    for t, s in enumerate(steps, 1):
        assert abs(s - 1.2 ** t) < 1e-6 * 1.2 ** t, \
            f"with no gradient the velocity should be multiplied by mu at every step; step {t} is off"
