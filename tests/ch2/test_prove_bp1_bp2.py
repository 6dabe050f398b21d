"""Visible checks: ch2.prove_bp1_bp2 (each link holds, and the chain passes through the two forms
the statement names, recognised by their structure; START to CLAIM alone earns nothing)."""
import sympy as sp

from grader.checks import weight
from grader.derivation import Stage, Term, check_chain

D = sp.Derivative
sigma, sigma_prime, C, G = (sp.Function(n) for n in ("sigma", "sigma_prime", "C", "G"))
z1, z2, a1, a2, u = sp.symbols("z1 z2 a1 a2 u")
w11, w12, w21, w22, w31, w32 = sp.symbols("w11 w12 w21 w22 w31 w32")
b1, b2, b3, d1, d2, d3 = sp.symbols("b1 b2 b3 d1 d2 d3")
W = [[w11, w12], [w21, w22], [w31, w32]]
U = [W[k][0] * sigma(z1) + W[k][1] * sigma(z2) + b for k, b in enumerate((b1, b2, b3))]
V = sp.symbols("v1:4")
DS = (d1, d2, d3)
DEFS = {a1: sigma(z1), a2: sigma(z2), sigma_prime: sp.Lambda(u, D(sigma(u), u)),
        **{d: sp.Subs(D(G(*V), V[k]), V, U) for k, d in enumerate(DS)}}
BP1 = (D(C(sigma(z1), sigma(z2)), z1), D(C(a1, a2), a1) * sigma_prime(z1))
BP2 = (D(G(*U), z1), (w11 * d1 + w21 * d2 + w31 * d3) * sigma_prime(z1))
SYMBOLS = [z1, z2, a1, a2, w11, w12, w21, w22, w31, w32, b1, b2, b3, d1, d2, d3]
OWN = (D(sigma(z1), z1), sigma_prime(z1))      # sigma'(z1), as a derivative or by its name
# BP1: a term dC/da_k * da_k/dz1 for every k (da_k/dz1 unevaluated), then only k = 1 left.
BP1_FORMS = [
    Stage("1. dC/dz1 expanded with the chain rule over every output activation a_k",
          (Term((D(sigma(z1), z1),), D(C(a1, a2), a1)), Term((D(sigma(z2), z1),), D(C(a1, a2), a2))), wrt=z1),
    Stage("2. the same with the terms that vanish dropped", (Term(OWN, D(C(a1, a2), a1)),), wrt=z1),
]
# BP2: a term d_k * du_k/dz1 for every k, then every du_k/dz1 taken (sigma'(z2) terms may stay).
BP2_FORMS = [
    Stage("1. dC/dz1 expanded with the chain rule over every weighted input u_k of layer l+1",
          tuple(Term((D(U[k], z1),), DS[k]) for k in range(3)), wrt=z1),
    Stage("2. the same after taking the derivative of each u_k with respect to z1",
          (Term(OWN, sum(DS[k] * W[k][0] for k in range(3))),
           Term((D(sigma(z2), z1),), sum(DS[k] * W[k][1] for k in range(3)), optional=True)), wrt=z1),
]


@weight(2)
def test_bp1_is_a_proof(ex):
    v = check_chain(ex.prove_bp1(), *BP1, symbols=SYMBOLS, defs=DEFS, required=BP1_FORMS, seed=1)
    assert v.ok and v.has_required_steps, f"BP1: {v.message}"


@weight(2)
def test_bp2_is_a_proof(ex):
    v = check_chain(ex.prove_bp2(), *BP2, symbols=SYMBOLS, defs=DEFS, required=BP2_FORMS, seed=2)
    assert v.ok and v.has_required_steps, f"BP2: {v.message}"
