"""Right, in another style: the terms in the other order and one step more for BP3; BP4 writes each
delta_j by its definition (the derivative of C at Z) instead of the name d_j."""


def prove_bp3():
    return [BP3_START, d2 * D(Z[1], b1) + d1 * D(Z[0], b1), d2 * 0 + d1 * 1, BP3_CLAIM]


def prove_bp4():
    v = sp.symbols("v1:3")
    delta = [sp.Subs(D(C(*v), v[j]), v, Z) for j in range(2)]
    expansion = delta[0] * D(Z[0], w12) + delta[1] * D(Z[1], w12)
    return [BP4_START, expansion, a2 * delta[0], BP4_CLAIM]
