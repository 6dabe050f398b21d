"""A right answer in the book's style: one example at a time, no matrices over the batch.

It must get full marks, exactly like the matrix-based reference.  (Test data of
the kit's own tests; a kit test grades it.)
"""
import random

import numpy as np


class Network:

    def __init__(self, sizes):
        self.num_layers = len(sizes)
        self.sizes = sizes
        self.biases = [np.random.randn(rows, 1) for rows in sizes[1:]]
        self.weights = [np.random.randn(rows, cols) for cols, rows in zip(sizes[:-1], sizes[1:])]

    def feedforward(self, a):
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(np.dot(w, a) + b)
        return a

    def SGD(self, training_data, epochs, mini_batch_size, eta, test_data=None):
        training_data = list(training_data)
        n = len(training_data)
        if test_data:
            test_data = list(test_data)
        counts = []
        for j in range(epochs):
            random.shuffle(training_data)
            batches = [training_data[k:k + mini_batch_size] for k in range(0, n, mini_batch_size)]
            for batch in batches:
                self.update_mini_batch(batch, eta)
            if test_data:
                counts.append(self.evaluate(test_data))
                print("Epoch {0}: {1} / {2}".format(j, counts[-1], len(test_data)))
            else:
                print("Epoch {0} complete".format(j))
        return counts

    def update_mini_batch(self, mini_batch, eta):
        sum_b = [np.zeros(b.shape) for b in self.biases]
        sum_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in mini_batch:
            db, dw = self.backprop(x, y)
            sum_b = [s + d for s, d in zip(sum_b, db)]
            sum_w = [s + d for s, d in zip(sum_w, dw)]
        self.weights = [w - (eta / len(mini_batch)) * s for w, s in zip(self.weights, sum_w)]
        self.biases = [b - (eta / len(mini_batch)) * s for b, s in zip(self.biases, sum_b)]

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
        delta = self.cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])
        grad_b[-1] = delta
        grad_w[-1] = np.dot(delta, activations[-2].transpose())
        for back in range(2, self.num_layers):
            z = zs[-back]
            delta = np.dot(self.weights[-back + 1].transpose(), delta) * sigmoid_prime(z)
            grad_b[-back] = delta
            grad_w[-back] = np.dot(delta, activations[-back - 1].transpose())
        return (grad_b, grad_w)

    def evaluate(self, test_data):
        results = [(np.argmax(self.feedforward(x)), y) for (x, y) in test_data]
        return sum(int(x == y) for (x, y) in results)

    def cost_derivative(self, output_activations, y):
        return output_activations - y


def sigmoid(z):
    # clip keeps exp from overflowing; the value at |z| = 500 is already 0 or 1 in float64
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))
