"""Non-locality of softmax  ·  softmax 的非局部性

Book: chapter 3, section 3.1 (softmax).

A sigmoid output a_j depends only on its own weighted input z_j.  A softmax
output a_j = e^(z_j) / sum_k e^(z_k) depends on every z_k.

1. ``softmax(z)``: the activations for a 1-d NumPy array ``z``.
2. ``first_order_change(z, k, dz)``: when z_k (index ``k``) grows by a small
   ``dz`` and every other weighted input stays fixed, the change of every
   activation a_j to first order in dz (a 1-d array, one entry per j).
3. ``essay()``: explain in words why each softmax output depends on all the
   weighted inputs, and contrast this with a sigmoid layer.
"""
import numpy as np


def softmax(z):
    """Softmax of a 1-d array."""
    ### BEGIN SOLUTION
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max())
    return e / e.sum()
    ### END SOLUTION


def first_order_change(z, k, dz):
    """Change of every a_j, to first order, when z_k moves by dz."""
    ### BEGIN SOLUTION
    a = softmax(z)
    onehot = np.zeros_like(a)
    onehot[k] = 1.0
    return a * (onehot - a[k]) * dz
    ### END SOLUTION


def essay():
    """Your answer in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
The numerator e^(z_j) involves only z_j, but the denominator sum_k e^(z_k) is
shared by all outputs and contains every weighted input. Changing any z_k
changes the denominator and therefore every a_j: to first order
da_j = a_j (delta_jk - a_k) dz_k, so a_k goes up and all the other outputs go
down (they must, since the outputs always add up to 1). A softmax output is
thus a property of the whole layer, not of one neuron. In a sigmoid layer
a_j = sigma(z_j) is computed from z_j alone; changing z_k leaves the other
outputs untouched and nothing forces the outputs to add up to anything."""
    ### END SOLUTION
