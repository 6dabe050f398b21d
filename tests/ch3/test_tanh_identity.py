"""Visible checks: ch3.tanh_identity."""
import sympy as sp

from grader.checks import values_at, weight
from grader.derivation import check_chain

z = sp.Symbol("z", real=True)


def _tanh_in_exponentials(steps, z):
    """Which kinds of step (1 + T)/2 write tanh(z/2) as a ratio T of exponentials.

    "half": T uses exponentials of z/2 (tanh's definition); "whole": T uses
    exponentials of z alone (the form that meets the sigmoid).  Only the steps
    strictly between the start and the claim count.
    """
    kinds = set()
    for s in steps[1:-1]:
        if not isinstance(s, sp.Basic) or s.has(sp.tanh):
            continue
        t = 2 * s - 1
        if t.is_Add or not t.has(sp.exp):
            continue
        gap = values_at(t - sp.tanh(z / 2), [z], [-2.5, -0.7, 0.3, 1.9])
        if not all(abs(v) < 1e-12 for v in gap):
            continue
        args = {e.args[0] for e in t.atoms(sp.exp)}
        kinds.add("half" if any(a.has(z) and (a / z).is_Rational and abs(a / z) == sp.Rational(1, 2)
                                for a in args) else "whole")
    return kinds


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
    kinds = _tanh_in_exponentials(steps, z)
    assert "half" in kinds, ("between the start and the claim, write a step (1 + T)/2 where T is tanh(z/2) "
                             "written through exponentials of z/2 (its definition), without tanh")
    assert "whole" in kinds, ("between the start and the claim, write a step (1 + T)/2 where T is tanh(z/2) "
                              "written through exponentials of z alone (e^z or e^-z), without tanh")
