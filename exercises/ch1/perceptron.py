"""The perceptron rule and a NAND gate  ·  感知机规则与与非门

Book: chapter 1, section 1.1 (Perceptrons).

A perceptron with weights w and bias b outputs 1 when w·x + b > 0 and 0
otherwise (so a weighted input of exactly 0 gives 0).  NAND outputs 0 only
when both of its inputs are 1.
"""
import numpy as np


def perceptron(x, w, b):
    """Output (the int 0 or 1) of a perceptron with weights ``w`` and bias ``b`` on input ``x``.

    ``x`` and ``w`` are sequences of the same length; ``b`` is a number.
    """
    # YOUR CODE HERE
    raise NotImplementedError()


def nand_parameters():
    """Return ``(w, b)``: two weights and a bias for which ``perceptron`` computes NAND."""
    # YOUR CODE HERE
    raise NotImplementedError()
