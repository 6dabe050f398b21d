"""The layer rule a' = sigma(w a + b), one component at a time  ·  逐分量写出 a' = sigma(w a + b)

Book: chapter 1, section 1.6 (Implementing our network to classify digits),
exercise on the component form of the layer equation.

A layer with n_in inputs and n_out neurons has weights w of shape
(n_out, n_in), biases b of shape (n_out, 1), and takes an activation column a of
shape (n_in, 1).  Entry w[j, k] is the weight from input k into neuron j.  In
components, neuron j outputs

    a'_j = sigma( sum_k w[j, k] * a_k + b_j ),

which is the single sigmoid neuron rule sigma(w·x + b) applied to row j of w.
Write it with explicit sums over k (no matrix product), so you see the indices.
"""
import math

import numpy as np


def neuron_output(w, b, a, j):
    """a'_j, the output (a float) of neuron ``j`` of the layer, from an explicit sum over k."""
    # YOUR CODE HERE
    raise NotImplementedError()


def layer_output(w, b, a):
    """The layer's output a' as a column of shape (n_out, 1), built from `neuron_output`."""
    # YOUR CODE HERE
    raise NotImplementedError()
