"""The output error of a many-layer network  ·  多层多神经元网络的输出误差

Book: chapter 3, section 3.1 (introducing the cross-entropy), equations (65)-(67).

The output layer L has sigmoid neurons, a^L = sigma(z^L).  For one example
the quadratic cost is C = (1/2) sum_j (a^L_j - y_j)^2 and the cross-entropy is
C = -sum_j [y_j ln a^L_j + (1 - y_j) ln(1 - a^L_j)].  The output error is
delta^L_j = dC/dz^L_j.

Arrays hold one example per column: ``z`` and ``y`` have shape (n_out, n).

1. ``quadratic_output_delta(z, y)``: delta^L for the quadratic cost.
2. ``ce_output_delta(z, y)``: delta^L for the cross-entropy (no sigma' left!).
3. ``output_gradients(a_prev, delta)``: the gradients of the cost averaged over
   the n examples with respect to the output weights and biases,
   ``(nabla_w, nabla_b)`` with shapes (n_out, n_in) and (n_out, 1), where
   ``a_prev`` (shape (n_in, n)) holds the activations a^(L-1) feeding the layer.
"""
import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def quadratic_output_delta(z, y):
    """delta^L = (a^L - y) * sigma'(z^L) for the quadratic cost."""
    # YOUR CODE HERE
    raise NotImplementedError()


def ce_output_delta(z, y):
    """delta^L for the cross-entropy cost."""
    # YOUR CODE HERE
    raise NotImplementedError()


def output_gradients(a_prev, delta):
    """(nabla_w, nabla_b) of the average cost over the examples (columns)."""
    # YOUR CODE HERE
    raise NotImplementedError()
