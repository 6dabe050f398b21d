"""The benchmark's stand-in for the book's network.py: its algorithm, one example at a time.

Written for the kit from the algorithm of chapter 1 (not a copy of the book's
file), doing the same numpy operations per example and per mini-batch as the
book's code and nothing more: no clipping in the sigmoid, no shape checks, no
conversions, no monitoring when no test data is given.  It exists only so that
``python -m grader.bench.network speed`` compares the reference with a loop as
fast as the book's; it is not an exercise answer.

Per example (``backprop``): a forward pass keeping every z and activation,
the output error (a - y) * sigma'(z_L), errors carried back with w^T delta *
sigma'(z), and gradients delta (biases) and delta a^T (weights), into
zero-initialised lists as the book builds them.  Per mini-batch: the
gradients summed with list comprehensions, then every w and b moved by
-(eta/m) times the sum.  Per epoch: ``random.shuffle`` of the list of pairs,
slices of m pairs, and an "Epoch j ..." line.
"""
import random

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


class Network:

    def __init__(self, sizes):
        self.num_layers = len(sizes)
        self.sizes = sizes
        self.biases = [np.random.randn(n, 1) for n in sizes[1:]]
        self.weights = [np.random.randn(n, k) for k, n in zip(sizes[:-1], sizes[1:])]

    def feedforward(self, a):
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(np.dot(w, a) + b)
        return a

    def SGD(self, training_data, epochs, mini_batch_size, eta, test_data=None):
        training_data = list(training_data)
        n = len(training_data)
        if test_data:
            test_data = list(test_data)
            n_test = len(test_data)
        for j in range(epochs):
            random.shuffle(training_data)
            batches = [training_data[k:k + mini_batch_size] for k in range(0, n, mini_batch_size)]
            for batch in batches:
                self.update_mini_batch(batch, eta)
            if test_data:
                print("Epoch {0}: {1} / {2}".format(j, self.evaluate(test_data), n_test))
            else:
                print("Epoch {0} complete".format(j))

    def update_mini_batch(self, batch, eta):
        sum_b = [np.zeros(b.shape) for b in self.biases]
        sum_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in batch:
            d_b, d_w = self.backprop(x, y)
            sum_b = [s + d for s, d in zip(sum_b, d_b)]
            sum_w = [s + d for s, d in zip(sum_w, d_w)]
        rate = eta / len(batch)
        self.weights = [w - rate * s for w, s in zip(self.weights, sum_w)]
        self.biases = [b - rate * s for b, s in zip(self.biases, sum_b)]

    def backprop(self, x, y):
        grad_b = [np.zeros(b.shape) for b in self.biases]
        grad_w = [np.zeros(w.shape) for w in self.weights]
        a = x
        acts = [x]
        zs = []
        for b, w in zip(self.biases, self.weights):
            z = np.dot(w, a) + b
            zs.append(z)
            a = sigmoid(z)
            acts.append(a)
        delta = self.cost_derivative(acts[-1], y) * sigmoid_prime(zs[-1])
        grad_b[-1] = delta
        grad_w[-1] = np.dot(delta, acts[-2].transpose())
        for back in range(2, self.num_layers):
            delta = np.dot(self.weights[-back + 1].transpose(), delta) * sigmoid_prime(zs[-back])
            grad_b[-back] = delta
            grad_w[-back] = np.dot(delta, acts[-back - 1].transpose())
        return grad_b, grad_w

    def cost_derivative(self, output_activations, y):
        return output_activations - y

    def evaluate(self, test_data):
        return sum(int(np.argmax(self.feedforward(x)) == y) for x, y in test_data)
