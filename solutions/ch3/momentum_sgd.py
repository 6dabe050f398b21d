"""Momentum-based SGD for network2  ·  为 network2 加入基于动量的随机梯度下降

Book: chapter 3, section 3.6 (variations on stochastic gradient descent:
momentum), the problem asking for momentum in network2.

Every weight matrix and every bias vector gets a velocity of the same shape,
zero at the start.  One mini-batch step (m examples, n training examples):

    v_w -> mu*v_w - (eta*lmbda/n) w - (eta/m) sum_x dC_x/dw,   w -> w + v_w
    v_b -> mu*v_b - (eta/m) sum_x dC_x/db,                      b -> b + v_b

With mu = 0 this is exactly network2's step with L2 regularisation.

``net`` is any object with ``weights`` and ``biases`` (lists of NumPy arrays)
and ``backprop(x, y) -> (nabla_b, nabla_w)``, such as your
``ch3/network2.Network``.  Keep the velocities on the net, in
``net.velocity_w`` and ``net.velocity_b`` (create them, as zeros, on the first
call if the net has none).  To use it in network2::

    class MomentumNetwork(network2.Network):
        mu = 0.9
        def update_mini_batch(self, mini_batch, eta, lmbda, n):
            update_mini_batch(self, mini_batch, eta, lmbda, n, self.mu)

1. ``update_mini_batch(net, mini_batch, eta, lmbda, n, mu)``: one momentum step.
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


def update_mini_batch(net, mini_batch, eta, lmbda, n, mu):
    """One step of momentum SGD with L2 regularisation; velocities kept on ``net``."""
    ### BEGIN SOLUTION
    if getattr(net, "velocity_w", None) is None:
        net.velocity_w = [np.zeros_like(w) for w in net.weights]
        net.velocity_b = [np.zeros_like(b) for b in net.biases]
    nabla_b, nabla_w = summed_gradients(net, mini_batch)
    m = len(mini_batch)
    net.velocity_w = [mu * v - (eta * lmbda / n) * w - (eta / m) * nw
                      for v, w, nw in zip(net.velocity_w, net.weights, nabla_w)]
    net.velocity_b = [mu * v - (eta / m) * nb for v, nb in zip(net.velocity_b, nabla_b)]
    net.weights = [w + v for w, v in zip(net.weights, net.velocity_w)]
    net.biases = [b + v for b, v in zip(net.biases, net.velocity_b)]
    ### END SOLUTION
