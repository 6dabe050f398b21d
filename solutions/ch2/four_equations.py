"""The four equations of backpropagation, on symbolic networks  ·  反向传播的四个方程(符号网络)

Book: chapter 2, section 2.4 (The four fundamental equations behind backpropagation).

Implement BP1-BP4 with sympy matrices, so that the answer is an exact
formula in the network's symbols.  The neurons are sigmoid neurons,
sigma(z) = 1 / (1 + exp(-z)), and the cost of one example is the quadratic
cost C = ||a^L - y||^2 / 2.  All vectors are sympy column matrices; the
weight matrix w^l has shape (neurons in layer l, neurons in layer l-1).

    BP1  delta^L = (a^L - y) (.) sigma'(z^L)
    BP2  delta^l = ((w^{l+1})^T delta^{l+1}) (.) sigma'(z^l)
    BP3  dC/db^l = delta^l
    BP4  dC/dw^l = delta^l (a^{l-1})^T          (entry j,k: a^{l-1}_k delta^l_j)

where (.) is the element-wise (Hadamard) product.
"""
import sympy as sp


def sigmoid(z):
    """sigma applied to each entry of the sympy matrix ``z``."""
    return z.applyfunc(lambda t: 1 / (1 + sp.exp(-t)))


def sigmoid_prime(z):
    """sigma' applied to each entry of the sympy matrix ``z``."""
    return z.applyfunc(lambda t: sp.exp(-t) / (1 + sp.exp(-t)) ** 2)


def bp1(a_L, y, z_L):
    """delta^L for the quadratic cost (a column matrix)."""
    ### BEGIN SOLUTION
    return (a_L - y).multiply_elementwise(sigmoid_prime(z_L))
    ### END SOLUTION


def bp2(w_next, delta_next, z):
    """delta^l from w^{l+1}, delta^{l+1} and z^l."""
    ### BEGIN SOLUTION
    return (w_next.T * delta_next).multiply_elementwise(sigmoid_prime(z))
    ### END SOLUTION


def bp3(delta):
    """dC/db^l (a column matrix shaped like b^l)."""
    ### BEGIN SOLUTION
    return delta
    ### END SOLUTION


def bp4(delta, a_prev):
    """dC/dw^l (a matrix shaped like w^l)."""
    ### BEGIN SOLUTION
    return delta * a_prev.T
    ### END SOLUTION


def backprop(weights, biases, x, y):
    """``(nabla_b, nabla_w)``: lists of sympy matrices shaped like ``biases`` and ``weights``.

    Feed ``x`` forward (keep every z^l and a^l), then use bp1-bp4 backwards.
    """
    ### BEGIN SOLUTION
    a, activations, zs = x, [x], []
    for w, b in zip(weights, biases):
        z = w * a + b
        a = sigmoid(z)
        zs.append(z)
        activations.append(a)
    delta = bp1(activations[-1], y, zs[-1])
    nabla_b, nabla_w = [bp3(delta)], [bp4(delta, activations[-2])]
    for l in range(2, len(weights) + 1):
        delta = bp2(weights[-l + 1], delta, zs[-l])
        nabla_b.insert(0, bp3(delta))
        nabla_w.insert(0, bp4(delta, activations[-l - 1]))
    return nabla_b, nabla_w
    ### END SOLUTION
