"""Fully matrix-based backpropagation over a mini-batch  ·  基于矩阵的整批反向传播

Book: chapter 2, section 2.7 (The code for backpropagation), problem.

Instead of looping over the m examples of a mini-batch, put them side by side
as the columns of X (n_in x m) and Y (n_out x m) and run one forward and one
backward pass for all of them:

    Z^l = W^l A^{l-1} + b^l   (b^l added to every column),  A^l = sigma(Z^l)
    D^L = (A^L - Y) (.) sigma'(Z^L),   D^l = ((W^{l+1})^T D^{l+1}) (.) sigma'(Z^l)
    sum over the batch of dC_x/dW^l = D^l (A^{l-1})^T,
    sum over the batch of dC_x/db^l = the row sums of D^l, an (n_l, 1) column.

Sigmoid neurons, quadratic cost C_x = ||a^L(x) - y(x)||^2 / 2.

- ``backprop_matrix(weights, biases, X, Y)``: ``(nabla_b, nabla_w)``, the SUMS
  over the m columns of the per-example gradients, shaped like ``biases``
  ((n, 1) columns) and ``weights``.  No Python loop over the examples.
- ``update_mini_batch(weights, biases, X, Y, eta)``: one gradient-descent step,
  w <- w - (eta / m) * sum of dC_x/dw (the same for b).  Return
  ``(new_weights, new_biases)``; it must give exactly the update of the
  book's per-example loop.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def backprop_matrix(weights, biases, X, Y):
    """Summed gradients of the mini-batch whose examples are the columns of X, Y."""
    ### BEGIN SOLUTION
    A, activations, zs = X, [X], []
    for w, b in zip(weights, biases):
        Z = w @ A + b
        A = sigmoid(Z)
        zs.append(Z)
        activations.append(A)
    D = (activations[-1] - Y) * sigmoid_prime(zs[-1])
    nabla_b = [D.sum(axis=1, keepdims=True)]
    nabla_w = [D @ activations[-2].T]
    for l in range(2, len(weights) + 1):
        D = (weights[-l + 1].T @ D) * sigmoid_prime(zs[-l])
        nabla_b.insert(0, D.sum(axis=1, keepdims=True))
        nabla_w.insert(0, D @ activations[-l - 1].T)
    return nabla_b, nabla_w
    ### END SOLUTION


def update_mini_batch(weights, biases, X, Y, eta):
    """``(new_weights, new_biases)`` after one step on the mini-batch (X, Y)."""
    ### BEGIN SOLUTION
    m = X.shape[1]
    nabla_b, nabla_w = backprop_matrix(weights, biases, X, Y)
    new_w = [w - (eta / m) * nw for w, nw in zip(weights, nabla_w)]
    new_b = [b - (eta / m) * nb for b, nb in zip(biases, nabla_b)]
    return new_w, new_b
    ### END SOLUTION
