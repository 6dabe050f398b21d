"""The sigmoid is a rescaled tanh  ·  sigmoid 是平移缩放后的 tanh

Book: chapter 3, section 3.6 (other models of artificial neuron), equation (111).

Show that sigma(z) = (1 + tanh(z/2)) / 2, so a tanh neuron is a sigmoid neuron
whose output is stretched from (0, 1) to (-1, 1) and whose weighted input is
doubled.  Use sympy throughout (``z`` is a sympy symbol).

1. ``sigmoid_from_tanh(z)``: the right-hand side, a sympy expression in ``z``
   built with ``sympy.tanh``.
2. ``derivation(z)``: a list of sympy expressions e0, e1, ..., en, each equal to
   the one before, starting at ``1/(1 + exp(-z))`` and ending at
   ``(1 + tanh(z/2))/2``.  Write tanh through exponentials in between.
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
