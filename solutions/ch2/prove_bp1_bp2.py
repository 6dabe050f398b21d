"""Prove BP1 and BP2 in component form  ·  分量形式证明 BP1 与 BP2

Book: chapter 2, section 2.5 (Proof of the four fundamental equations).

Write each proof as a chain of equal sympy expressions, from the given start
to the given claim.  Every link is checked with sympy.  The start and the
claim are given, so a chain that only joins them proves nothing and earns no
points: the proof is the intermediate forms.  Each proof must pass through
two of them, in this order, each written out as a step of its own:

    BP1  1. dC/dz1 expanded with the chain rule over EVERY output activation
            a_k (a term for each k, none left out yet);
         2. the same with the terms that vanish dropped.
    BP2  1. dC/dz1 expanded with the chain rule over EVERY weighted input u_k
            of layer l+1 (a term for each k);
         2. the same after taking the derivative of each u_k with respect
            to z1.

Derivatives you have not evaluated yet stay unevaluated sympy Derivatives
(sympy's Derivative(f, x) never evaluates by itself).  sigma_prime(z) is only
a name for Derivative(sigma(z), z): keep writing the derivative of sigma as a
Derivative until the last step, the claim, which names it sigma_prime.  The
notation is fixed below: use these names, do not make your own.

BP1, output layer L with two neurons, component j = 1:
    z1, z2 are the weighted inputs z^L_1, z^L_2; a1, a2 stand for the
    activations sigma(z1), sigma(z2); the cost is C(a1, a2), and dC/da_k is
    Derivative(C(a1, a2), a_k).
    start  delta^L_1 = dC/dz^L_1:     BP1_START
    claim  (dC/da^L_1) sigma'(z^L_1): BP1_CLAIM

BP2, a layer l with two neurons (z1, z2) feeding a layer l+1 with three:
    the weighted inputs of layer l+1 are the list U, U[k] = w[k][0] sigma(z1)
    + w[k][1] sigma(z2) + b[k] (k = 0, 1, 2), written with the symbols
    w11...w32 and b1, b2, b3; the cost is G(u1, u2, u3) of those weighted
    inputs, and d1, d2, d3 stand for delta^{l+1}_k = dG/du_k.
    start  delta^l_1 = dC/dz^l_1:                  BP2_START
    claim  sum_k w_k1 delta^{l+1}_k sigma'(z^l_1):  BP2_CLAIM

用一串相等的 sympy 表达式写出每个证明,从给定的起点到给定的结论,每一步都由
sympy 检查。起点和结论是给定的,只把两者连起来的链条什么也没有证明,得 0 分:
证明在于中间的形式。每个证明必须按顺序经过以下两个形式,各自单独写成一步:

    BP1  1. 用链式法则把 dC/dz1 对每一个输出激活值 a_k 展开(每个 k 一项,
            一项也不省略);
         2. 同一式子,去掉为零的项。
    BP2  1. 用链式法则把 dC/dz1 对第 l+1 层的每一个带权输入 u_k 展开(每个 k
            一项);
         2. 同一式子,对每个 u_k 求出关于 z1 的导数之后。

尚未求值的导数保留为未求值的 sympy Derivative(sympy 的 Derivative(f, x) 不会
自动求值)。sigma_prime(z) 只是 Derivative(sigma(z), z) 的名字:直到最后一步
(结论)之前都把 sigma 的导数写成 Derivative,结论中才写成 sigma_prime。记号
如下固定:请使用这些名字,不要自己另起。
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
    ### BEGIN SOLUTION
    chain_rule = D(C(a1, a2), a1) * D(sigma(z1), z1) + D(C(a1, a2), a2) * D(sigma(z2), z1)
    return [BP1_START, chain_rule, D(C(a1, a2), a1) * D(sigma(z1), z1), BP1_CLAIM]
    ### END SOLUTION


def prove_bp2():
    """The chain [BP2_START, ..., BP2_CLAIM] as a list of sympy expressions."""
    ### BEGIN SOLUTION
    d = [d1, d2, d3]
    chain_rule = sum(d[k] * D(U[k], z1) for k in range(3))
    expanded = sum(d[k] * w[k][0] * D(sigma(z1), z1) for k in range(3))
    return [BP2_START, chain_rule, expanded, BP2_CLAIM]
    ### END SOLUTION
