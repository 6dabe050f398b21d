"""Hidden checks: ch2.prove_bp3_bp4 (the proofs go through the chain rule; BP4 on another weight)."""
import sympy as sp

from grader.derivation import check_chain

D = sp.Derivative
C = sp.Function("C")
a1, a2, a3, b1, b2, d1, d2 = sp.symbols("a1 a2 a3 b1 b2 d1 d2")
w11, w12, w13, w21, w22, w23 = sp.symbols("w11 w12 w13 w21 w22 w23")
Z = [w11 * a1 + w12 * a2 + w13 * a3 + b1, w21 * a1 + w22 * a2 + w23 * a3 + b2]
V = sp.symbols("v1:3")
DEFS = {d1: sp.Subs(D(C(*V), V[0]), V, Z), d2: sp.Subs(D(C(*V), V[1]), V, Z)}
SYMBOLS = [a1, a2, a3, b1, b2, d1, d2, w11, w12, w13, w21, w22, w23]


def _rule(p):
    return ("the chain rule over the layer's weighted inputs Z[0], Z[1]", d1 * D(Z[0], p) + d2 * D(Z[1], p))


def test_bp3_uses_the_chain_rule(ex):
    v = check_chain(ex.prove_bp3(), D(C(*Z), b1), d1, symbols=SYMBOLS, defs=DEFS,
                    required=[_rule(b1)], seed=7)
    assert v.ok and v.has_required_steps, f"BP3: {v.message}"


def test_bp4_uses_the_chain_rule(ex):
    v = check_chain(ex.prove_bp4(), D(C(*Z), w12), a2 * d1, symbols=SYMBOLS, defs=DEFS,
                    required=[_rule(w12)], seed=8)
    assert v.ok and v.has_required_steps, f"BP4: {v.message}"
