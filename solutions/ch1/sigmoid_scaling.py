"""Scaling a perceptron network by c > 0  ·  感知机网络的权重和偏置同乘正常数

Book: chapter 1, section 1.2 (Sigmoid neurons), exercise "sigmoid neurons
simulating perceptrons, part I".

A network of perceptrons is given layer by layer: ``weights[l]`` is an array of
shape (n_out, n_in) whose row j holds the weights into neuron j, and
``biases[l]`` is a column of shape (n_out, 1).  An input ``x`` is a column of
shape (n_in, 1) holding 0s and 1s.  Each perceptron outputs 1 if w·x + b > 0 and
0 otherwise (exactly 0 gives 0), and each layer's outputs feed the next layer.

Claim: multiplying every weight and every bias by the same constant c > 0 does
not change what the network outputs, for any input.
"""
import numpy as np


def perceptron_network(weights, biases, x):
    """Output column (0s and 1s) of the perceptron network on the input column ``x``."""
    ### BEGIN SOLUTION
    a = np.asarray(x, dtype=float)
    for w, b in zip(weights, biases):
        a = (np.dot(w, a) + b > 0).astype(float)
    return a
    ### END SOLUTION


def scale_network(weights, biases, c):
    """Return ``(weights, biases)`` with every weight and every bias multiplied by ``c``."""
    ### BEGIN SOLUTION
    return [c * np.asarray(w, dtype=float) for w in weights], [c * np.asarray(b, dtype=float) for b in biases]
    ### END SOLUTION


def scaling_keeps_behaviour(c):
    """True if scaling every weight and bias by the number ``c`` keeps every
    perceptron network's output the same for every input, else False."""
    ### BEGIN SOLUTION
    return bool(c > 0)
    ### END SOLUTION


def why():
    """In a few sentences: why does scaling by c > 0 leave the network's output unchanged?"""
    ### BEGIN SOLUTION
    return """Scaling turns each perceptron's weighted input w·x + b into c(w·x + b).
Since c > 0, this number is positive exactly when w·x + b is positive, and it is
zero or negative exactly when w·x + b is; so every perceptron of the first layer
gives the same 0 or 1 as before.  The next layer then receives the same inputs
and the same argument applies to it, and so on up to the output layer.  (A
negative c would flip positive and negative weighted inputs, and c = 0 makes
every perceptron output 0.)"""
    ### END SOLUTION
