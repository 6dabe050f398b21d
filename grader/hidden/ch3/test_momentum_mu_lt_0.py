"""Hidden checks: ch3.momentum_mu_lt_0."""
from grader.checks import weight
from grader.probes.ch3.momentum_mu_lt_0 import run_slope


@weight(2)
def test_steady_step_is_smaller_than_plain_gd(ex):
    vs = ex.probe(run_slope, -0.5, 0.1, 1.0, 200)
    v, ref = 0.0, []                       # the grader's own replay of the velocities
    for _ in range(200):
        v = -0.5 * v - 0.1 * 1.0
        ref.append(v)
    assert len(vs) == 200 and all(abs(a - b) <= 1e-9 for a, b in zip(vs, ref)), \
        "with mu = -0.5, eta = 0.1 and gradient 1, your velocities are not those of the momentum update"
    assert abs(abs(vs[-1]) - 0.1 / 1.5) < 1e-6, \
        f"with mu = -0.5, eta = 0.1 and gradient 1, the step should settle at a size below eta*g; got {abs(vs[-1]):.4g}"
    incs = [b - a for a, b in zip([0.0] + vs[:-1], vs)][1:6]
    assert all(a * b < 0 for a, b in zip(incs, incs[1:])), \
        "with mu < 0 the changes of the velocity should alternate in sign at first"


def test_steady_step_formula(ex):
    for eta, g, mu in [(0.1, 1.0, -0.5), (0.2, -3.0, -0.9), (0.05, 2.0, 0.5), (0.1, 1.0, 0.0)]:
        got = ex.steady_step(eta, g, mu)
        want = -eta * g / (1 - mu)
        assert abs(got - want) < 1e-12, f"steady_step is wrong for eta={eta}, grad={g}, mu={mu} (mind the sign)"
