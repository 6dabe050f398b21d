"""The chapter 1 network, trained on real MNIST  ·  第一章的网络:在真实 MNIST 上训练

Book: chapter 1, section 1.6 (Implementing our network to classify digits).

Build a fully connected network of sigmoid neurons and train it with
mini-batch stochastic gradient descent on the quadratic cost
C_x = ||a^L(x) - y(x)||^2 / 2.

- ``Network(sizes)``: ``sizes`` lists the neurons per layer, e.g. [784, 30, 10].
  Keep ``num_layers``, ``sizes``, ``biases`` (one (n, 1) column per non-input
  layer) and ``weights`` (one (n_out, n_in) matrix per pair of layers), all
  drawn from a standard normal distribution with ``np.random``.
- ``feedforward(a)``: the output for an input column ``a`` of shape (n_in, 1),
  applying a <- sigmoid(w a + b) layer by layer.
- ``SGD(training_data, epochs, mini_batch_size, eta, test_data=None)``: each
  epoch, shuffle the list of (x, y) pairs with ``random.shuffle``, cut it into
  mini-batches of ``mini_batch_size`` pairs (the last one may be shorter) and
  make one ``update_mini_batch`` step on each; with ``test_data``, print
  "Epoch j: correct / total" after each epoch (e.g. "Epoch 0: 9129 / 10000")
  and return the list of those correct counts, one per epoch.
- ``update_mini_batch(mini_batch, eta)``: one gradient step,
  w <- w - (eta / m) * (sum of dC_x/dw over the m pairs), and the same for b;
  m is the number of pairs in that mini-batch.
- ``backprop(x, y)``: ``(nabla_b, nabla_w)``, the gradient of C_x, as lists
  shaped like ``biases`` and ``weights`` (use the equations BP1-BP4).
- ``evaluate(test_data)``: how many (x, label) pairs the network gets right,
  where its answer is the index of the most active output neuron and
  ``label`` is an int.
- ``cost_derivative(output_activations, y)``: dC_x/da for the output layer.
- ``sigmoid(z)`` and ``sigmoid_prime(z)``: element-wise, for arrays; they
  must not overflow or give NaN for large |z| (try z = +-1000).

Training data: x is a (784, 1) column of pixel values in [0, 1] and y a
(10, 1) one-hot column; test data pairs x with the digit as an int.  Any
correct style passes: a loop over the examples as in the book, or whole
mini-batches as matrices.
"""
import random

import numpy as np


class Network:

    def __init__(self, sizes):
        # YOUR CODE HERE
        raise NotImplementedError()

    def feedforward(self, a):
        """The output layer's activations for the input column ``a``."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def SGD(self, training_data, epochs, mini_batch_size, eta, test_data=None):
        """Train with mini-batch stochastic gradient descent; with ``test_data``, returns the list of
        correct counts, one per epoch."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def update_mini_batch(self, mini_batch, eta):
        """One step of gradient descent on the pairs (x, y) in ``mini_batch``."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def backprop(self, x, y):
        """``(nabla_b, nabla_w)``: the gradient of C_x for one pair (x, y)."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def evaluate(self, test_data):
        """The number of pairs (x, label) whose most active output is ``label``."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def cost_derivative(self, output_activations, y):
        """dC_x/da for the quadratic cost."""
        # YOUR CODE HERE
        raise NotImplementedError()


def sigmoid(z):
    """1 / (1 + e^-z), element-wise, without overflow for large |z|."""
    # YOUR CODE HERE
    raise NotImplementedError()


def sigmoid_prime(z):
    """The derivative of the sigmoid, element-wise."""
    # YOUR CODE HERE
    raise NotImplementedError()
