"""Hidden checks: ch2.prove_bp1_bp2 (the proofs go through the chain rule)."""
import sympy as sp

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
BP1_RULE = ("the chain rule over both output activations a1, a2",
            D(C(a1, a2), a1) * D(sigma(z1), z1) + D(C(a1, a2), a2) * D(sigma(z2), z1))
BP2_RULE = ("the chain rule over the next layer's weighted inputs U[0], U[1], U[2]",
            d1 * D(U[0], z1) + d2 * D(U[1], z1) + d3 * D(U[2], z1))
SYMBOLS = [z1, z2, a1, a2, w11, w12, w21, w22, w31, w32, b1, b2, b3, d1, d2, d3]


def test_bp1_uses_the_chain_rule(ex):
    v = check_chain(ex.prove_bp1(), *BP1, symbols=SYMBOLS, defs=DEFS, required=[BP1_RULE], seed=3)
    assert v.ok and v.has_required_steps, f"BP1: {v.message}"


def test_bp2_uses_the_chain_rule(ex):
    v = check_chain(ex.prove_bp2(), *BP2, symbols=SYMBOLS, defs=DEFS, required=[BP2_RULE], seed=4)
    assert v.ok and v.has_required_steps, f"BP2: {v.message}"
