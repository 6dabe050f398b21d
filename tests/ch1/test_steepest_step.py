"""Visible checks: ch1.steepest_step."""
import sympy

from grader.checks import as_expr, assert_close, values_at


def test_step_for_a_3_4_gradient(ex):
    assert_close(ex.optimal_step([3.0, 4.0], 0.5), [-0.3, -0.4],
                 "optimal_step([3, 4], 0.5): length 0.5, pointing against the gradient")


def test_symbolic_step_at_an_example_point(ex):
    answer = ex.symbolic_step()
    if isinstance(answer, sympy.MatrixBase):
        answer = list(answer)
    assert isinstance(answer, (tuple, list)) and len(answer) == 2, \
        "symbolic_step() should return two sympy expressions (dv1, dv2)"
    for e, want, name in zip(answer, (-0.3, -0.4), ("dv1", "dv2")):
        e = as_expr(e, f"{name} of symbolic_step()")
        names = {s.name for s in e.free_symbols}
        assert names <= {"g1", "g2", "epsilon"}, \
            f"use only the symbols g1, g2 and epsilon; found {sorted(names - {'g1', 'g2', 'epsilon'})}"
        symbols = sorted(e.free_symbols, key=lambda s: s.name)
        point = [{"g1": 3.0, "g2": 4.0, "epsilon": 0.5}[s.name] for s in symbols]
        [got] = values_at(e, symbols, [point])
        assert abs(got - want) < 1e-12, (f"at g1 = 3, g2 = 4, epsilon = 1/2 the step's {name} should be {want} "
                                         f"(length 1/2, against the gradient), yours is {got.real:g}")
