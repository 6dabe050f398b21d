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
        ### BEGIN SOLUTION
        return 0.5 * float(np.sum((a - y) ** 2))
        ### END SOLUTION

    @staticmethod
    def delta(z, a, y):
        """The output error (a - y) * sigma'(z)."""
        ### BEGIN SOLUTION
        return (a - y) * sigmoid_prime(z)
        ### END SOLUTION


class CrossEntropyCost:

    @staticmethod
    def fn(a, y):
        """sum_j -[y_j ln a_j + (1 - y_j) ln(1 - a_j)], finite when a_j is exactly 0 or 1."""
        ### BEGIN SOLUTION
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            terms = -y * np.log(a) - (1 - y) * np.log(1 - a)
            return float(np.sum(np.nan_to_num(terms)))
        ### END SOLUTION

    @staticmethod
    def delta(z, a, y):
        """The output error a - y (z is not needed)."""
        ### BEGIN SOLUTION
        return a - y
        ### END SOLUTION


class Network:

    def __init__(self, sizes, cost=CrossEntropyCost):
        self.num_layers = len(sizes)
        self.sizes = list(sizes)
        self.cost = cost
        self.default_weight_initializer()

    def default_weight_initializer(self):
        """Weights N(0, 1/n_in), biases N(0, 1); the input layer has no biases."""
        ### BEGIN SOLUTION
        self.biases = [np.random.randn(rows, 1) for rows in self.sizes[1:]]
        self.weights = [np.random.randn(rows, cols) / np.sqrt(cols)
                        for cols, rows in zip(self.sizes[:-1], self.sizes[1:])]
        ### END SOLUTION

    def large_weight_initializer(self):
        """Weights and biases N(0, 1), as in chapter 1."""
        ### BEGIN SOLUTION
        self.biases = [np.random.randn(rows, 1) for rows in self.sizes[1:]]
        self.weights = [np.random.randn(rows, cols)
                        for cols, rows in zip(self.sizes[:-1], self.sizes[1:])]
        ### END SOLUTION

    def feedforward(self, a):
        """The output for input column ``a`` (several columns work too)."""
        ### BEGIN SOLUTION
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(w @ a + b)
        return a
        ### END SOLUTION

    def SGD(self, training_data, epochs, mini_batch_size, eta, lmbda=0.0,
            evaluation_data=None, monitor_evaluation_cost=False,
            monitor_evaluation_accuracy=False, monitor_training_cost=False,
            monitor_training_accuracy=False):
        """Train; return (evaluation_cost, evaluation_accuracy, training_cost, training_accuracy)."""
        ### BEGIN SOLUTION
        training_data = list(training_data)
        evaluation_data = list(evaluation_data) if evaluation_data is not None else None
        n = len(training_data)
        evaluation_cost, evaluation_accuracy = [], []
        training_cost, training_accuracy = [], []
        for _ in range(epochs):
            random.shuffle(training_data)
            for k in range(0, n, mini_batch_size):
                self.update_mini_batch(training_data[k:k + mini_batch_size], eta, lmbda, n)
            if monitor_training_cost:
                training_cost.append(self.total_cost(training_data, lmbda))
            if monitor_training_accuracy:
                training_accuracy.append(self.accuracy(training_data, convert=True))
            if monitor_evaluation_cost:
                evaluation_cost.append(self.total_cost(evaluation_data, lmbda, convert=True))
            if monitor_evaluation_accuracy:
                evaluation_accuracy.append(self.accuracy(evaluation_data))
        return evaluation_cost, evaluation_accuracy, training_cost, training_accuracy
        ### END SOLUTION

    def update_mini_batch(self, mini_batch, eta, lmbda, n):
        """One gradient step with L2 weight decay (biases are not decayed)."""
        ### BEGIN SOLUTION
        # Matrix form: the whole mini-batch goes through backprop as columns.
        x = np.hstack([xi for xi, _ in mini_batch])
        y = np.hstack([yi for _, yi in mini_batch])
        nabla_b, nabla_w = self.backprop(x, y)
        m = len(mini_batch)
        decay = 1.0 - eta * lmbda / n
        self.weights = [decay * w - (eta / m) * nw for w, nw in zip(self.weights, nabla_w)]
        self.biases = [b - (eta / m) * nb for b, nb in zip(self.biases, nabla_b)]
        ### END SOLUTION

    def backprop(self, x, y):
        """(nabla_b, nabla_w): the gradient of the cost for one example.

        (Given several examples as columns of ``x`` and ``y``, the sum of their
        gradients is fine too; the checks only pass single examples.)
        """
        ### BEGIN SOLUTION
        activation, activations, zs = x, [x], []
        for b, w in zip(self.biases, self.weights):
            z = w @ activation + b
            zs.append(z)
            activation = sigmoid(z)
            activations.append(activation)
        delta = self.cost.delta(zs[-1], activations[-1], y)
        nabla_b = [None] * len(self.biases)
        nabla_w = [None] * len(self.weights)
        for layer in range(1, self.num_layers):
            if layer > 1:
                delta = (self.weights[-layer + 1].T @ delta) * sigmoid_prime(zs[-layer])
            nabla_b[-layer] = delta.sum(axis=1, keepdims=True)
            nabla_w[-layer] = delta @ activations[-layer - 1].T
        return nabla_b, nabla_w
        ### END SOLUTION

    def accuracy(self, data, convert=False):
        """How many (x, y) in ``data`` the network gets right; convert=True when y is one-hot."""
        ### BEGIN SOLUTION
        right = 0
        for x, y in data:
            guess = int(np.argmax(self.feedforward(x)))
            label = int(np.argmax(y)) if convert else int(y)
            right += guess == label
        return right
        ### END SOLUTION

    def total_cost(self, data, lmbda, convert=False):
        """Mean cost over ``data`` plus the L2 term; convert=True when y is an int label."""
        ### BEGIN SOLUTION
        data = list(data)
        cost = 0.0
        for x, y in data:
            target = vectorized_result(y) if convert else y
            cost += self.cost.fn(self.feedforward(x), target)
        cost /= len(data)
        cost += 0.5 * (lmbda / len(data)) * sum(float(np.sum(w ** 2)) for w in self.weights)
        return cost
        ### END SOLUTION

    def save(self, filename):
        """Write sizes, weights, biases and the cost's class name to ``filename`` as JSON."""
        ### BEGIN SOLUTION
        cost = self.cost if isinstance(self.cost, type) else type(self.cost)
        record = {"sizes": self.sizes,
                  "weights": [w.tolist() for w in self.weights],
                  "biases": [b.tolist() for b in self.biases],
                  "cost": cost.__name__}
        with open(filename, "w") as f:
            json.dump(record, f)
        ### END SOLUTION


def load(filename):
    """Read a network written by ``Network.save``."""
    ### BEGIN SOLUTION
    with open(filename) as f:
        record = json.load(f)
    costs = {"QuadraticCost": QuadraticCost, "CrossEntropyCost": CrossEntropyCost}
    net = Network(record["sizes"], cost=costs[record["cost"]])
    net.weights = [np.array(w) for w in record["weights"]]
    net.biases = [np.array(b) for b in record["biases"]]
    return net
    ### END SOLUTION
