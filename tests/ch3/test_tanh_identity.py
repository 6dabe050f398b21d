"""Visible checks: ch3.tanh_identity."""
import sympy as sp

from grader.checks import weight
from grader.derivation import check_chain

z = sp.Symbol("z", real=True)


def test_right_hand_side_equals_the_sigmoid(ex):
    rhs = ex.sigmoid_from_tanh(z)
    assert rhs.has(sp.tanh), "write the right-hand side with sympy.tanh"
    for value in (-2, 0, 1, 3):
        got = float(rhs.subs(z, value))
        want = 1 / (1 + float(sp.exp(-value)))
        assert abs(got - want) < 1e-12, f"at z = {value} your expression gives {got}, sigma(z) = {want}"


@weight(2)
def test_derivation_holds(ex):
    steps = ex.derivation(z)
    verdict = check_chain(steps, 1 / (1 + sp.exp(-z)), (1 + sp.tanh(z / 2)) / 2, symbols=[z])
    assert verdict.ok, verdict.message
