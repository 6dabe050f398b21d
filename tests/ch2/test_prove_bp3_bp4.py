"""Visible checks: ch2.prove_bp3_bp4 (each link holds, and the chain passes through the chain-rule
expansion over the layer's weighted inputs, recognised by its structure; START to CLAIM alone earns nothing)."""
import sympy as sp

from grader.checks import weight
from grader.derivation import Stage, Term, check_chain

D = sp.Derivative
C = sp.Function("C")
a1, a2, a3, b1, b2, d1, d2 = sp.symbols("a1 a2 a3 b1 b2 d1 d2")
w11, w12, w13, w21, w22, w23 = sp.symbols("w11 w12 w13 w21 w22 w23")
Z = [w11 * a1 + w12 * a2 + w13 * a3 + b1, w21 * a1 + w22 * a2 + w23 * a3 + b2]
V = sp.symbols("v1:3")
DEFS = {d1: sp.Subs(D(C(*V), V[0]), V, Z), d2: sp.Subs(D(C(*V), V[1]), V, Z)}
SYMBOLS = [a1, a2, a3, b1, b2, d1, d2, w11, w12, w13, w21, w22, w23]


def expansion(p):
    """A term d_j * dz_j/dp for every j, dz_j/dp unevaluated."""
    return Stage(f"dC/d{p} expanded with the chain rule over every weighted input z_j of the layer",
                 (Term((D(Z[0], p),), d1), Term((D(Z[1], p),), d2)), wrt=p)


@weight(2)
def test_bp3_is_a_proof(ex):
    v = check_chain(ex.prove_bp3(), D(C(*Z), b1), d1, symbols=SYMBOLS, defs=DEFS,
                    required=[expansion(b1)], seed=5)
    assert v.ok and v.has_required_steps, f"BP3: {v.message}"


@weight(2)
def test_bp4_is_a_proof(ex):
    v = check_chain(ex.prove_bp4(), D(C(*Z), w12), a2 * d1, symbols=SYMBOLS, defs=DEFS,
                    required=[expansion(w12)], seed=6)
    assert v.ok and v.has_required_steps, f"BP4: {v.message}"
