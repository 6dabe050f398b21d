"""Prove BP3 and BP4  ·  证明 BP3 与 BP4

Book: chapter 2, section 2.5 (Proof of the four fundamental equations), exercise.

Prove dC/db^l_j = delta^l_j and dC/dw^l_jk = a^{l-1}_k delta^l_j with the chain
rule, each as a chain of equal sympy expressions from the given start to the
given claim.  Every link is checked with sympy, and the chain must pass
through the chain-rule expansion over the layer's weighted inputs (a chain
that jumps straight to the claim earns partial credit only).

The notation is fixed below; use these names.  Layer l has two neurons and
layer l-1 three, with activations a1, a2, a3 (they do not depend on layer l's
weights and biases).  The weighted inputs of layer l are
    Z[j] = w_j1 a1 + w_j2 a2 + w_j3 a3 + b_j      (j = 1, 2; Z is a list)
the cost depends on layer l's parameters only through them, C(z1, z2), and
d1, d2 stand for delta^l_j = dC/dz_j.
    BP3 (j = 1):         start Derivative(C(*Z), b1), claim d1
    BP4 (j = 1, k = 2):  start Derivative(C(*Z), w12), claim a2*d1
Chain-rule step: sum_j d_j * Derivative(Z[j], <the parameter>), left
unevaluated.
"""
import sympy as sp

D = sp.Derivative
C = sp.Function("C")
a1, a2, a3, b1, b2, d1, d2 = sp.symbols("a1 a2 a3 b1 b2 d1 d2")
w11, w12, w13, w21, w22, w23 = sp.symbols("w11 w12 w13 w21 w22 w23")
Z = [w11 * a1 + w12 * a2 + w13 * a3 + b1, w21 * a1 + w22 * a2 + w23 * a3 + b2]
BP3_START, BP3_CLAIM = D(C(*Z), b1), d1
BP4_START, BP4_CLAIM = D(C(*Z), w12), a2 * d1


def prove_bp3():
    """The chain [BP3_START, ..., BP3_CLAIM] as a list of sympy expressions."""
    ### BEGIN SOLUTION
    return [BP3_START, d1 * D(Z[0], b1) + d2 * D(Z[1], b1), d1 * 1 + d2 * 0, BP3_CLAIM]
    ### END SOLUTION


def prove_bp4():
    """The chain [BP4_START, ..., BP4_CLAIM] as a list of sympy expressions."""
    ### BEGIN SOLUTION
    return [BP4_START, d1 * D(Z[0], w12) + d2 * D(Z[1], w12), BP4_CLAIM]
    ### END SOLUTION
