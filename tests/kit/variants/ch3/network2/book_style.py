"""A right answer in the book's style: backprop one example at a time, plain lists.

update_mini_batch sums the per-example gradients from backprop(x, y) in a loop
(no matrix over the batch); the cross-entropy keeps its 0 ln 0 terms out with
np.where, so a wrong saturated output costs inf rather than a huge finite
number.  It must get full marks, exactly like the matrix-based reference.
(Test data of the kit's own tests; a kit test grades it.)
"""
import json
import random

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def vectorized_result(j):
    column = np.zeros((10, 1))
    column[j] = 1.0
    return column


class QuadraticCost:

    @staticmethod
    def fn(a, y):
        return 0.5 * np.linalg.norm(a - y) ** 2

    @staticmethod
    def delta(z, a, y):
        return (a - y) * sigmoid_prime(z)


class CrossEntropyCost:

    @staticmethod
    def fn(a, y):
        # a term whose weight (y or 1 - y) is zero contributes nothing, even when its log is -inf
        with np.errstate(divide="ignore", invalid="ignore"):
            on = np.where(y > 0, y * np.log(a), 0.0)
            off = np.where(y < 1, (1 - y) * np.log(1 - a), 0.0)
        return -float(np.sum(on + off))

    @staticmethod
    def delta(z, a, y):
        return a - y


class Network:

    def __init__(self, sizes, cost=CrossEntropyCost):
        self.num_layers = len(sizes)
        self.sizes = sizes
        self.cost = cost
        self.default_weight_initializer()

    def default_weight_initializer(self):
        self.biases = [np.random.randn(n_out, 1) for n_out in self.sizes[1:]]
        self.weights = [np.random.randn(n_out, n_in) / np.sqrt(n_in)
                        for n_in, n_out in zip(self.sizes[:-1], self.sizes[1:])]

    def large_weight_initializer(self):
        self.biases = [np.random.randn(n_out, 1) for n_out in self.sizes[1:]]
        self.weights = [np.random.randn(n_out, n_in)
                        for n_in, n_out in zip(self.sizes[:-1], self.sizes[1:])]

    def feedforward(self, a):
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(np.dot(w, a) + b)
        return a

    def SGD(self, training_data, epochs, mini_batch_size, eta, lmbda=0.0,
            evaluation_data=None, monitor_evaluation_cost=False,
            monitor_evaluation_accuracy=False, monitor_training_cost=False,
            monitor_training_accuracy=False):
        training_data = list(training_data)
        n = len(training_data)
        if evaluation_data:
            evaluation_data = list(evaluation_data)
        evaluation_cost, evaluation_accuracy = [], []
        training_cost, training_accuracy = [], []
        for epoch in range(epochs):
            random.shuffle(training_data)
            batches = [training_data[k:k + mini_batch_size] for k in range(0, n, mini_batch_size)]
            for batch in batches:
                self.update_mini_batch(batch, eta, lmbda, n)
            if monitor_training_cost:
                training_cost.append(self.total_cost(training_data, lmbda))
            if monitor_training_accuracy:
                training_accuracy.append(self.accuracy(training_data, convert=True))
            if monitor_evaluation_cost:
                evaluation_cost.append(self.total_cost(evaluation_data, lmbda, convert=True))
            if monitor_evaluation_accuracy:
                evaluation_accuracy.append(self.accuracy(evaluation_data))
        return evaluation_cost, evaluation_accuracy, training_cost, training_accuracy

    def update_mini_batch(self, mini_batch, eta, lmbda, n):
        sum_b = [np.zeros(b.shape) for b in self.biases]
        sum_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in mini_batch:
            db, dw = self.backprop(x, y)
            sum_b = [s + d for s, d in zip(sum_b, db)]
            sum_w = [s + d for s, d in zip(sum_w, dw)]
        shrink = 1 - eta * lmbda / n
        step = eta / len(mini_batch)
        self.weights = [shrink * w - step * s for w, s in zip(self.weights, sum_w)]
        self.biases = [b - step * s for b, s in zip(self.biases, sum_b)]

    def backprop(self, x, y):
        grad_b = [np.zeros(b.shape) for b in self.biases]
        grad_w = [np.zeros(w.shape) for w in self.weights]
        activation = x
        activations = [x]
        zs = []
        for b, w in zip(self.biases, self.weights):
            z = np.dot(w, activation) + b
            zs.append(z)
            activation = sigmoid(z)
            activations.append(activation)
        delta = self.cost.delta(zs[-1], activations[-1], y)
        grad_b[-1] = delta
        grad_w[-1] = np.dot(delta, activations[-2].transpose())
        for back in range(2, self.num_layers):
            delta = np.dot(self.weights[-back + 1].transpose(), delta) * sigmoid_prime(zs[-back])
            grad_b[-back] = delta
            grad_w[-back] = np.dot(delta, activations[-back - 1].transpose())
        return grad_b, grad_w

    def accuracy(self, data, convert=False):
        if convert:
            pairs = [(np.argmax(self.feedforward(x)), np.argmax(y)) for x, y in data]
        else:
            pairs = [(np.argmax(self.feedforward(x)), y) for x, y in data]
        return sum(int(guess == label) for guess, label in pairs)

    def total_cost(self, data, lmbda, convert=False):
        data = list(data)
        cost = 0.0
        for x, y in data:
            if convert:
                y = vectorized_result(y)
            cost += self.cost.fn(self.feedforward(x), y) / len(data)
        cost += 0.5 * (lmbda / len(data)) * sum(np.linalg.norm(w) ** 2 for w in self.weights)
        return cost

    def save(self, filename):
        record = {"sizes": self.sizes,
                  "weights": [w.tolist() for w in self.weights],
                  "biases": [b.tolist() for b in self.biases],
                  "cost": self.cost.__name__}
        f = open(filename, "w")
        json.dump(record, f)
        f.close()


def load(filename):
    f = open(filename, "r")
    record = json.load(f)
    f.close()
    cost = {"QuadraticCost": QuadraticCost, "CrossEntropyCost": CrossEntropyCost}[record["cost"]]
    net = Network(record["sizes"], cost=cost)
    net.weights = [np.array(w) for w in record["weights"]]
    net.biases = [np.array(b) for b in record["biases"]]
    return net
