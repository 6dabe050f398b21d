"""A 784-10 network with no hidden layer  ·  没有隐藏层的 784-10 网络

Book: chapter 1, section 1.6, the exercise after the first MNIST results.

Connect the 784 input pixels straight to the 10 output neurons (sigmoid
outputs, quadratic cost), train with mini-batch SGD as in ch1.network, and see
how much the hidden layer was worth.

- ``layer_sizes()``: the list of layer sizes of this network.
- ``train(weights, biases, training_data, epochs, mini_batch_size, eta)``:
  start from the given parameters (lists with one array per layer:
  ``weights[0]`` of shape (10, 784), ``biases[0]`` of shape (10, 1)), run
  ``epochs`` epochs of SGD (shuffle with ``random.shuffle`` every epoch, cut
  into mini-batches of ``mini_batch_size``, the last one possibly shorter, and
  step -(eta / m) times the summed gradient of each mini-batch, m being the
  number of pairs in it) and return the trained
  ``(weights, biases)`` as lists of arrays.  ``training_data`` is a list of
  (x, y): x a (784, 1) column in [0, 1], y a (10, 1) one-hot column.
- ``reported_accuracy()``: the test accuracy in percent that your own run of
  this 784-10 network reached (for example 30 epochs on the 50,000 training
  digits, eta = 3.0, mini-batches of 10, weights and biases drawn from
  N(0, 1)); a number such as 87.5, between 0 and 100.

You may copy code from your ch1/network.py.
"""
import random

import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def layer_sizes():
    """The sizes of the layers, input first."""
    # YOUR CODE HERE
    raise NotImplementedError()


def train(weights, biases, training_data, epochs, mini_batch_size, eta):
    """SGD from the given parameters; returns ``(weights, biases)``."""
    # YOUR CODE HERE
    raise NotImplementedError()


def reported_accuracy():
    """Your run's accuracy on the 10,000 test digits, in percent."""
    # YOUR CODE HERE
    raise NotImplementedError()
