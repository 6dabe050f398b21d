"""Prove BP1 and BP2 in component form  ·  分量形式证明 BP1 与 BP2

Book: chapter 2, section 2.5 (Proof of the four fundamental equations).

Write each proof as a chain of equal sympy expressions, from the given start
to the given claim.  Every link is checked with sympy, and the chain must
pass through the chain-rule expansion (a chain that jumps straight to the
claim is right but earns partial credit only).  The notation is fixed below:
use these names, do not make your own.

BP1, output layer L with two neurons, component j = 1:
    z1, z2 are the weighted inputs z^L_1, z^L_2; a1, a2 stand for the
    activations sigma(z1), sigma(z2); the cost is C(a1, a2).
    start  delta^L_1 = dC/dz^L_1:   BP1_START = Derivative(C(sigma(z1), sigma(z2)), z1)
    claim  (dC/da^L_1) sigma'(z^L_1): BP1_CLAIM = Derivative(C(a1, a2), a1) * sigma_prime(z1)
    Expand dC/dz1 over every activation a_k with the chain rule, then
    drop the terms that vanish.

BP2, a layer l with two neurons (z1, z2) feeding a layer l+1 with three:
    the weighted inputs of layer l+1 are U[k] = w[k][0] sigma(z1) +
    w[k][1] sigma(z2) + b[k] (k = 0, 1, 2), written with the symbols w11...w32
    and b1, b2, b3; the cost is G(u1, u2, u3) of those weighted inputs, and
    d1, d2, d3 stand for delta^{l+1}_k = dG/du_k.
    start  delta^l_1 = dC/dz^l_1:   BP2_START = Derivative(G(*U), z1)
    claim  sum_k w_k1 delta^{l+1}_k sigma'(z^l_1):
           BP2_CLAIM = (w11*d1 + w21*d2 + w31*d3) * sigma_prime(z1)
    Expand over every u_k with the chain rule: sum_k d_k * Derivative(U[k], z1).

sigma_prime(z) means sigma'(z), that is Derivative(sigma(z), z).  Write sigma'
as sigma_prime(...) in the claim and as Derivative(sigma(...), ...) (or leave
the Derivative of U[k] unevaluated) in the chain-rule step.
"""
import sympy as sp

D = sp.Derivative
sigma, sigma_prime = sp.Function("sigma"), sp.Function("sigma_prime")
C, G = sp.Function("C"), sp.Function("G")

z1, z2, a1, a2 = sp.symbols("z1 z2 a1 a2")
BP1_START = D(C(sigma(z1), sigma(z2)), z1)
BP1_CLAIM = D(C(a1, a2), a1) * sigma_prime(z1)

w11, w12, w21, w22, w31, w32 = sp.symbols("w11 w12 w21 w22 w31 w32")
b1, b2, b3, d1, d2, d3 = sp.symbols("b1 b2 b3 d1 d2 d3")
w = [[w11, w12], [w21, w22], [w31, w32]]
U = [w[k][0] * sigma(z1) + w[k][1] * sigma(z2) + b for k, b in enumerate((b1, b2, b3))]
BP2_START = D(G(*U), z1)
BP2_CLAIM = (w11 * d1 + w21 * d2 + w31 * d3) * sigma_prime(z1)


def prove_bp1():
    """The chain [BP1_START, ..., BP1_CLAIM] as a list of sympy expressions."""
    # YOUR CODE HERE
    raise NotImplementedError()


def prove_bp2():
    """The chain [BP2_START, ..., BP2_CLAIM] as a list of sympy expressions."""
    # YOUR CODE HERE
    raise NotImplementedError()
