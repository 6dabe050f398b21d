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
    # YOUR CODE HERE
    raise NotImplementedError()


def first_order_change(z, k, dz):
    """Change of every a_j, to first order, when z_k moves by dz."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your answer in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
