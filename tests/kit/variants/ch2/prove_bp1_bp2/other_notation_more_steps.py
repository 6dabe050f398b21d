"""Right, in another style: BP1 writes da_k/dz1 as Derivative(a_k, z1) and takes the surviving term
from sympy's doit(); BP2 takes every du_k/dz1 by linearity (the sigma(z2) terms still there), drops
them, then groups the sum before naming sigma'."""


def prove_bp1():
    expansion = D(C(a1, a2), a2) * D(a2, z1) + D(C(a1, a2), a1) * D(a1, z1)
    return [BP1_START, expansion, BP1_START.doit(), BP1_CLAIM]


def prove_bp2():
    d = [d1, d2, d3]
    expansion = sum(d[k] * D(U[k], z1) for k in (2, 1, 0))
    linear = sum(d[k] * (w[k][0] * D(sigma(z1), z1) + w[k][1] * D(sigma(z2), z1)) for k in range(3))
    dropped = sum(d[k] * w[k][0] * D(sigma(z1), z1) for k in range(3))
    grouped = (w11 * d1 + w21 * d2 + w31 * d3) * D(sigma(z1), z1)
    return [BP2_START, expansion, linear, dropped, grouped, BP2_CLAIM]
