"""L1 regularisation for network2  ·  为 network2 加入 L1 正则化

Book: chapter 3, section 3.4 (handwriting recognition revisited: the code),
the problem asking for L1 regularisation.

With L1, C = C0 + (lmbda/n) sum_w |w|, and a mini-batch step is

    w -> w - (eta*lmbda/n) sgn(w) - (eta/m) sum_x dC_x/dw,
    b -> b - (eta/m) sum_x dC_x/db        (biases are not regularised),

with sgn(0) = 0, m = len(mini_batch) and n the size of the training set.

``net`` below is any object with ``weights`` and ``biases`` (lists of NumPy
arrays) and ``backprop(x, y) -> (nabla_b, nabla_w)``, such as your
``ch3/network2.Network``.  To use the rule there::

    class L1Network(network2.Network):
        update_mini_batch = update_mini_batch
        def total_cost(self, data, lmbda, convert=False):
            return network2.Network.total_cost(self, data, 0.0, convert) + \\
                l1_penalty(self.weights, lmbda, len(data))

1. ``update_mini_batch(net, mini_batch, eta, lmbda, n)``: one step of the rule
   above, replacing ``net.weights`` and ``net.biases``.
2. ``l1_penalty(weights, lmbda, n)``: the L1 term of the cost (a float).
3. ``report()``: train the 784-30-10 network with L1 (e.g. 30 epochs, eta = 0.5)
   and say which lmbda you tried and whether any beat the unregularised run.
"""
import numpy as np


def summed_gradients(net, mini_batch):
    """(sum of nabla_b, sum of nabla_w) over the mini-batch, from ``net.backprop``."""
    nabla_b = [np.zeros_like(b) for b in net.biases]
    nabla_w = [np.zeros_like(w) for w in net.weights]
    for x, y in mini_batch:
        db, dw = net.backprop(x, y)
        nabla_b = [s + d for s, d in zip(nabla_b, db)]
        nabla_w = [s + d for s, d in zip(nabla_w, dw)]
    return nabla_b, nabla_w


def update_mini_batch(net, mini_batch, eta, lmbda, n):
    """One SGD step with L1 regularisation on the weights."""
    # YOUR CODE HERE
    raise NotImplementedError()


def l1_penalty(weights, lmbda, n):
    """(lmbda/n) times the sum of |w| over every weight."""
    # YOUR CODE HERE
    raise NotImplementedError()


def report():
    """Your experiment in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
