"""Hidden checks: ch1.steepest_step (numeric, and a 2-D Lagrange check in sympy)."""
import numpy as np
import sympy

from grader.checks import as_array, as_expr, values_at, weight


def cases():
    rng = np.random.default_rng(301)
    out = [(np.array([0.0, -2.0, 0.0]), 0.1), (np.array([5.0]), 2.0)]
    for _ in range(30):
        n = int(rng.integers(1, 11))
        out.append((rng.normal(size=n) * 10 ** rng.uniform(-3, 3), float(10 ** rng.uniform(-3, 1))))
    return out


def test_step_length_is_eps(ex):
    for grad, eps in cases():
        step = as_array(ex.optimal_step(grad, eps), "the step", shape=grad.shape)
        length = np.linalg.norm(step)
        assert abs(length - eps) <= 1e-12 * max(1.0, eps), \
            f"the step should have length eps = {eps:g}, yours has length {length:g} (gradient of size {grad.size})"


@weight(2)
def test_no_direction_does_better(ex):
    rng = np.random.default_rng(302)
    for grad, eps in cases():
        step = as_array(ex.optimal_step(grad, eps), "the step", shape=grad.shape)
        best = -eps * np.linalg.norm(grad)
        got = float(grad @ step)
        assert abs(got - best) <= 1e-9 * abs(best), \
            f"grad · step should be as small as possible for length eps = {eps:g}; yours is {got:g}"
        u = rng.normal(size=(10_000, grad.size))
        u *= eps / np.linalg.norm(u, axis=1, keepdims=True)
        assert np.min(u @ grad) >= got - 1e-9 * abs(best), \
            "a random direction of the same length lowers grad · dv more than your step does"


G1, G2 = sympy.symbols("g1 g2", real=True)
EPS = sympy.symbols("epsilon", positive=True)


def read_symbolic(answer):
    if isinstance(answer, sympy.MatrixBase):
        answer = list(answer)
    assert isinstance(answer, (tuple, list)) and len(answer) == 2, \
        "symbolic_step() should return two sympy expressions (dv1, dv2)"
    exprs = []
    for e in answer:
        e = as_expr(e, "each component of symbolic_step()")
        assert isinstance(e, sympy.Expr), "each component of symbolic_step() should be a sympy expression"
        names = {s.name for s in e.free_symbols}
        assert names <= {"g1", "g2", "epsilon"}, \
            f"use only the symbols g1, g2 and epsilon; found {sorted(names - {'g1', 'g2', 'epsilon'})}"
        mine = {"g1": G1, "g2": G2, "epsilon": EPS}
        exprs.append(e.subs({s: mine[s.name] for s in e.free_symbols}, simultaneous=True))
    return exprs


def is_zero(expr):
    """True if sympy simplifies expr to 0, or (as a guard) it vanishes at random points."""
    if sympy.simplify(expr) == 0:
        return True
    rng = np.random.default_rng(303)
    points = [(*(rng.normal(size=2) * 3), rng.uniform(0.1, 3)) for _ in range(30)]
    return all(abs(v) < 1e-9 for v in values_at(expr, (G1, G2, EPS), points))


@weight(2)
def test_symbolic_step_lagrange(ex):
    dv1, dv2 = read_symbolic(ex.symbolic_step())
    norm = sympy.sqrt(G1**2 + G2**2)
    assert is_zero(dv1**2 + dv2**2 - EPS**2), "the symbolic step should have length epsilon for every gradient"
    # Lagrange: grad(g·dv + lam (|dv|^2 - eps^2)) = 0 means dv is parallel to g.
    assert is_zero(G1 * dv2 - G2 * dv1), \
        "at a constrained minimum (Lagrange condition) the step must be parallel to the gradient; yours is not"
    assert is_zero(G1 * dv1 + G2 * dv2 + EPS * norm), \
        "your step is parallel to the gradient but gives the largest value of g·dv, not the smallest"
