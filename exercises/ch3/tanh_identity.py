"""The sigmoid is a rescaled tanh  ·  sigmoid 是平移缩放后的 tanh

Book: chapter 3, section 3.6 (other models of artificial neuron), equation (111).

Show that sigma(z) = (1 + tanh(z/2)) / 2, so a tanh neuron is a sigmoid neuron
whose output is stretched from (0, 1) to (-1, 1) and whose weighted input is
doubled.  Use sympy throughout (``z`` is a sympy symbol).

1. ``sigmoid_from_tanh(z)``: the right-hand side, a sympy expression in ``z``
   built with ``sympy.tanh``.
2. ``derivation(z)``: a list of sympy expressions e0, e1, ..., en, each equal to
   the one before, starting at ``1/(1 + exp(-z))`` and ending at
   ``(1 + tanh(z/2))/2``.  The chain is the proof, so the sympy expressions
   between the start and the claim must carry the argument: among them, a step
   of the form (1 + T)/2 where T is tanh(z/2) written through exponentials of
   z/2 (without tanh), and one where T uses exponentials of z alone.  Repeating
   a step or writing only the start and the claim proves nothing.

证明 sigma(z) = (1 + tanh(z/2)) / 2:tanh 神经元就是输出从 (0, 1) 拉伸到 (-1, 1)、
带权输入加倍的 sigmoid 神经元。全程用 sympy(``z`` 是 sympy 符号)。

1. ``sigmoid_from_tanh(z)``:右边的式子,用 ``sympy.tanh`` 写成的 ``z`` 的 sympy 表达式。
2. ``derivation(z)``:sympy 表达式列表 e0, e1, ..., en,每一项都与前一项相等,从
   ``1/(1 + exp(-z))`` 开始,到 ``(1 + tanh(z/2))/2`` 结束。这串等式就是证明,所以
   起点与结论之间的表达式必须承载论证:其中要有形如 (1 + T)/2 的一步,T 是用 z/2 的
   指数(不用 tanh)写出的 tanh(z/2),还要有一步 T 只用 z 的指数。重复某一步或只写
   起点和结论不算证明。
"""
import sympy as sp


def sigmoid_from_tanh(z):
    """sigma(z) written with tanh (a sympy expression)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def derivation(z):
    """[1/(1 + exp(-z)), ..., (1 + tanh(z/2))/2], every step equal to the previous one."""
    # YOUR CODE HERE
    raise NotImplementedError()
