"""Momentum with the velocities updated in place, layer by layer.

The velocities are made lazily (hasattr), the L2 term is folded into the mean
gradient (v -> mu*v - eta*(g/m + (lmbda/n) w)), and both the velocity arrays
and the parameter arrays are changed in place with *= , -= and +=.  The same
rule as the reference, so it must get full marks.
"""
import numpy as np


def update_mini_batch(net, mini_batch, eta, lmbda, n, mu):
    if not hasattr(net, "velocity_w"):
        net.velocity_w = [np.zeros(w.shape) for w in net.weights]
        net.velocity_b = [np.zeros(b.shape) for b in net.biases]
    m = len(mini_batch)
    sum_b, sum_w = summed_gradients(net, mini_batch)
    for layer in range(len(net.weights)):
        w, b = net.weights[layer], net.biases[layer]
        vw, vb = net.velocity_w[layer], net.velocity_b[layer]
        vw *= mu
        vw -= eta * (sum_w[layer] / m + (lmbda / n) * w)
        vb *= mu
        vb -= eta * sum_b[layer] / m
        w += vw
        b += vb
