"""BP1-BP4 in the diagonal-matrix form, with sigma' written as sigma (1 - sigma).

The Hadamard product with sigma'(z) becomes a product with the diagonal matrix
Sigma'(z) (BP1 = Sigma'(z^L) (a^L - y), BP2 = Sigma'(z^l) (w^{l+1})^T delta^{l+1}),
dC/dw is built entry by entry, and backprop walks the layers with plain
indices and reverses its lists at the end.  The same gradients as the
reference, so it must get full marks.
"""
import sympy as sp


def sigmoid(z):
    return z.applyfunc(lambda t: 1 / (1 + sp.exp(-t)))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s.applyfunc(lambda t: t * (1 - t))


def _diag(column):
    return sp.diag(*[column[i] for i in range(column.rows)])


def bp1(a_L, y, z_L):
    return _diag(sigmoid_prime(z_L)) * (a_L - y)


def bp2(w_next, delta_next, z):
    return _diag(sigmoid_prime(z)) * w_next.T * delta_next


def bp3(delta):
    return sp.Matrix(delta)


def bp4(delta, a_prev):
    return sp.Matrix(delta.rows, a_prev.rows, lambda j, k: a_prev[k] * delta[j])


def backprop(weights, biases, x, y):
    acts, zs = [x], []
    for i in range(len(weights)):
        zs.append(weights[i] * acts[i] + biases[i])
        acts.append(sigmoid(zs[i]))
    last = len(weights) - 1
    delta = bp1(acts[-1], y, zs[last])
    grads_b, grads_w = [], []
    for i in range(last, -1, -1):
        if i < last:
            delta = bp2(weights[i + 1], delta, zs[i])
        grads_b.append(bp3(delta))
        grads_w.append(bp4(delta, acts[i]))
    grads_b.reverse()
    grads_w.reverse()
    return grads_b, grads_w
