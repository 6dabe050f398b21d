"""Visible checks: ch2.prove_bp1_bp2 (each link of the chain holds, start to claim)."""
import sympy as sp

from grader.checks import weight
from grader.derivation import check_chain

D = sp.Derivative
sigma, sigma_prime, C, G = (sp.Function(n) for n in ("sigma", "sigma_prime", "C", "G"))
z1, z2, a1, a2, u = sp.symbols("z1 z2 a1 a2 u")
w11, w12, w21, w22, w31, w32 = sp.symbols("w11 w12 w21 w22 w31 w32")
b1, b2, b3, d1, d2, d3 = sp.symbols("b1 b2 b3 d1 d2 d3")
W = [[w11, w12], [w21, w22], [w31, w32]]
U = [W[k][0] * sigma(z1) + W[k][1] * sigma(z2) + b for k, b in enumerate((b1, b2, b3))]
V = sp.symbols("v1:4")
DEFS = {a1: sigma(z1), a2: sigma(z2), sigma_prime: sp.Lambda(u, D(sigma(u), u)),
        **{d: sp.Subs(D(G(*V), V[k]), V, U) for k, d in enumerate((d1, d2, d3))}}
BP1 = (D(C(sigma(z1), sigma(z2)), z1), D(C(a1, a2), a1) * sigma_prime(z1))
BP2 = (D(G(*U), z1), (w11 * d1 + w21 * d2 + w31 * d3) * sigma_prime(z1))
SYMBOLS = [z1, z2, a1, a2, w11, w12, w21, w22, w31, w32, b1, b2, b3, d1, d2, d3]


@weight(2)
def test_bp1_chain_holds(ex):
    v = check_chain(ex.prove_bp1(), *BP1, symbols=SYMBOLS, defs=DEFS, seed=1)
    assert v.ok, f"BP1: {v.message}"


@weight(2)
def test_bp2_chain_holds(ex):
    v = check_chain(ex.prove_bp2(), *BP2, symbols=SYMBOLS, defs=DEFS, seed=2)
    assert v.ok, f"BP2: {v.message}"
