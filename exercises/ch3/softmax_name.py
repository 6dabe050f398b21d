"""Where the name "softmax" comes from  ·  "softmax" 名称的由来

Book: chapter 3, section 3.1 (softmax).

Put a constant c > 0 into softmax: a_j = e^(c z_j) / sum_k e^(c z_k).  For
every c the a_j are positive and add up to 1.  As c grows without bound the
distribution piles up on the largest z_j; when k entries tie for the largest,
each of them gets 1/k.  Ordinary softmax (c = 1) is a "softened" maximum.

1. ``softmax_c(z, c)``: the activations for a 1-d NumPy array ``z`` and c > 0;
   finite and correct even when c * z is huge (c = 10000, say).
2. ``limit_distribution(z)``: the limit of ``softmax_c(z, c)`` as c -> infinity.
"""
import numpy as np


def softmax_c(z, c):
    """e^(c z_j) / sum_k e^(c z_k), without overflow."""
    # YOUR CODE HERE
    raise NotImplementedError()


def limit_distribution(z):
    """lim_{c -> infinity} softmax_c(z, c); ties share equally."""
    # YOUR CODE HERE
    raise NotImplementedError()
