"""Right, in fewer steps: each proof writes exactly the two forms between start and claim; BP2's
second form already names sigma'(z1) but keeps the (vanishing) sigma(z2) terms."""


def prove_bp1():
    expansion = D(C(a1, a2), a1) * D(sigma(z1), z1) + D(C(a1, a2), a2) * D(sigma(z2), z1)
    return [BP1_START, expansion, D(C(a1, a2), a1) * D(sigma(z1), z1), BP1_CLAIM]


def prove_bp2():
    d = [d1, d2, d3]
    expansion = sum(d[k] * D(U[k], z1) for k in range(3))
    taken = sum(d[k] * (w[k][0] * sigma_prime(z1) + w[k][1] * D(sigma(z2), z1)) for k in range(3))
    return [BP2_START, expansion, taken, BP2_CLAIM]
