"""Prove BP3 and BP4  ·  证明 BP3 与 BP4

Book: chapter 2, section 2.5 (Proof of the four fundamental equations), exercise.

Prove dC/db^l_j = delta^l_j and dC/dw^l_jk = a^{l-1}_k delta^l_j with the chain
rule, each as a chain of equal sympy expressions from the given start to the
given claim.  Every link is checked with sympy.  The start and the claim are
given, so a chain that only joins them proves nothing and earns no points:
each proof must write out, as a step of its own, the derivative expanded with
the chain rule over EVERY weighted input z_j of layer l (a term for each j,
none left out yet, the derivatives of the weighted inputs with respect to the
parameter left unevaluated: sympy's Derivative(f, x) never evaluates by
itself), and then reach the claim.

The notation is fixed below; use these names.  Layer l has two neurons and
layer l-1 three, with activations a1, a2, a3 (they do not depend on layer l's
weights and biases).  The weighted inputs of layer l are the list Z,
    Z[j-1] = w_j1 a1 + w_j2 a2 + w_j3 a3 + b_j      (j = 1, 2)
the cost depends on layer l's parameters only through them, C(z1, z2), and
d1, d2 stand for delta^l_j = dC/dz_j.
    BP3 (j = 1):         start BP3_START = dC/db1,   claim BP3_CLAIM = d1
    BP4 (j = 1, k = 2):  start BP4_START = dC/dw12,  claim BP4_CLAIM = a2*d1

用链式法则证明 dC/db^l_j = delta^l_j 与 dC/dw^l_jk = a^{l-1}_k delta^l_j,每个证明
写成一串相等的 sympy 表达式,从给定的起点到给定的结论,每一步都由 sympy 检查。
起点和结论是给定的,只把两者连起来的链条什么也没有证明,得 0 分:每个证明必须
单独写出一步——用链式法则把该导数对第 l 层的每一个带权输入 z_j 展开(每个 j
一项,一项也不省略,带权输入对参数的导数保留为未求值的 Derivative;sympy 的
Derivative(f, x) 不会自动求值)——然后到达结论。记号如上固定,请使用这些名字。
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
