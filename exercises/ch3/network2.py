"""The improved network (network2)  ·  改进的神经网络(network2)

Book: chapter 3, section 3.4 (handwriting recognition revisited: the code).

Extend chapter 1's ``Network`` with what chapter 3 adds:

* cost classes with two static methods each: ``fn(a, y)``, the cost of one
  example (``a``, ``y`` columns of shape (10, 1)), and ``delta(z, a, y)``, the
  output error delta^L.  ``QuadraticCost``: 0.5 ||a - y||^2 and
  (a - y) sigma'(z).  ``CrossEntropyCost``: sum_j -[y_j ln a_j + (1 - y_j) ln(1 - a_j)]
  and a - y.  The cross-entropy must stay finite when an output saturates to
  exactly 0.0 or 1.0 (0 ln 0 counts as 0).
* ``Network(sizes, cost=CrossEntropyCost)``: weights N(0, 1/n_in) (each entry has
  standard deviation 1/sqrt(n_in)) and biases N(0, 1) by default
  (``default_weight_initializer``); ``large_weight_initializer`` restores the old
  N(0, 1) weights.  Keep ``sizes``, ``num_layers``, ``cost``, ``weights`` (list of
  (n_out, n_in) arrays) and ``biases`` (list of (n_out, 1) arrays) as attributes.
* ``update_mini_batch(mini_batch, eta, lmbda, n)``: one step of SGD with L2
  regularisation, w -> (1 - eta*lmbda/n) w - (eta/m) sum_x dC_x/dw and
  b -> b - (eta/m) sum_x dC_x/db (biases are not decayed), m = len(mini_batch),
  n = size of the whole training set.
* ``backprop(x, y)``: (nabla_b, nabla_w) for one example, the output error given
  by ``self.cost.delta``.
* ``accuracy(data, convert=False)``: how many examples are classified right (a
  count).  Training data has one-hot labels (pass ``convert=True``), validation
  and test data have int labels.
* ``total_cost(data, lmbda, convert=False)``: mean cost over ``data`` plus
  0.5 (lmbda/len(data)) sum ||w||^2.  Here the convention is the other way
  round: ``convert=True`` for validation/test data (int labels made one-hot).
* ``SGD(training_data, epochs, mini_batch_size, eta, lmbda=0.0,
  evaluation_data=None, monitor_evaluation_cost=False,
  monitor_evaluation_accuracy=False, monitor_training_cost=False,
  monitor_training_accuracy=False)``: at the start of each epoch shuffle the
  training data with one call of ``random.shuffle`` (no other use of ``random``
  in SGD), split it in order into mini-batches of ``mini_batch_size`` (the last
  one shorter when n is not a multiple: every example is used once per epoch),
  train on each, and after each epoch record whatever is monitored.  Return the four
  per-epoch lists (evaluation_cost, evaluation_accuracy, training_cost,
  training_accuracy); a list stays empty when its flag is off.
* ``save(filename)`` writes the network as JSON (sizes, weights, biases and the
  cost's class name); the module function ``load(filename)`` reads it back.
  Use the built-in ``open`` and ``json`` (when grading, the file may live in
  memory).

Data is the book's form: lists of (x, y) with x of shape (784, 1).

SGD(中文说明):每个 epoch 开始时用一次 ``random.shuffle`` 打乱训练数据(SGD 中不得另外
使用 ``random``),按顺序切成大小为 ``mini_batch_size`` 的小批量(n 不是其倍数时最后一批
较短:每个 epoch 每个样本恰好用一次),逐批训练,并在每个 epoch 之后记录要监测的量。
"""
import json
import random

import numpy as np


def sigmoid(z):
    """The logistic function, without overflow warnings for large |z|."""
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def vectorized_result(j):
    """A (10, 1) column with 1.0 in place j."""
    e = np.zeros((10, 1))
    e[int(j)] = 1.0
    return e


class QuadraticCost:

    @staticmethod
    def fn(a, y):
        """0.5 ||a - y||^2 for one example."""
        # YOUR CODE HERE
        raise NotImplementedError()

    @staticmethod
    def delta(z, a, y):
        """The output error (a - y) * sigma'(z)."""
        # YOUR CODE HERE
        raise NotImplementedError()


class CrossEntropyCost:

    @staticmethod
    def fn(a, y):
        """sum_j -[y_j ln a_j + (1 - y_j) ln(1 - a_j)], finite when a_j is exactly 0 or 1."""
        # YOUR CODE HERE
        raise NotImplementedError()

    @staticmethod
    def delta(z, a, y):
        """The output error a - y (z is not needed)."""
        # YOUR CODE HERE
        raise NotImplementedError()


class Network:

    def __init__(self, sizes, cost=CrossEntropyCost):
        self.num_layers = len(sizes)
        self.sizes = list(sizes)
        self.cost = cost
        self.default_weight_initializer()

    def default_weight_initializer(self):
        """Weights N(0, 1/n_in), biases N(0, 1); the input layer has no biases."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def large_weight_initializer(self):
        """Weights and biases N(0, 1), as in chapter 1."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def feedforward(self, a):
        """The output for input column ``a`` (several columns work too)."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def SGD(self, training_data, epochs, mini_batch_size, eta, lmbda=0.0,
            evaluation_data=None, monitor_evaluation_cost=False,
            monitor_evaluation_accuracy=False, monitor_training_cost=False,
            monitor_training_accuracy=False):
        """Train; return (evaluation_cost, evaluation_accuracy, training_cost, training_accuracy)."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def update_mini_batch(self, mini_batch, eta, lmbda, n):
        """One gradient step with L2 weight decay (biases are not decayed)."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def backprop(self, x, y):
        """(nabla_b, nabla_w): the gradient of the cost for one example.

        (Given several examples as columns of ``x`` and ``y``, the sum of their
        gradients is fine too; the checks only pass single examples.)
        """
        # YOUR CODE HERE
        raise NotImplementedError()

    def accuracy(self, data, convert=False):
        """How many (x, y) in ``data`` the network gets right; convert=True when y is one-hot."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def total_cost(self, data, lmbda, convert=False):
        """Mean cost over ``data`` plus the L2 term; convert=True when y is an int label."""
        # YOUR CODE HERE
        raise NotImplementedError()

    def save(self, filename):
        """Write sizes, weights, biases and the cost's class name to ``filename`` as JSON."""
        # YOUR CODE HERE
        raise NotImplementedError()


def load(filename):
    """Read a network written by ``Network.save``."""
    # YOUR CODE HERE
    raise NotImplementedError()
