"""The spread of z with the new initialisation  ·  新初始化下 z 的标准差

Book: chapter 3, section 3.3 (weight initialization).

A neuron has n_in inputs, n_ones of them equal to 1 and the rest 0.  Its
weights are independent N(0, weight_std^2) and its bias N(0, bias_std^2), so
z = sum_j w_j x_j + b is Gaussian.  With n_in = 1000, n_ones = 500, weight_std
= 1/sqrt(1000) and bias_std = 1, the book says std(z) = sqrt(3/2).

1. ``z_std(n_ones, weight_std, bias_std)``: the standard deviation of z (works
   with numbers and with sympy numbers: use ``sympy.sqrt`` on a sympy
   argument, ``math.sqrt`` on a float).
2. ``book_std()``: the exact value for the book's case, a sympy expression.
3. ``monte_carlo_std(n_in, n_ones, weight_std, bias_std, samples, seed)``: draw
   ``samples`` independent neurons with ``np.random.default_rng(seed)`` and
   return the sample standard deviation of their z (a float).
"""
import math

import numpy as np
import sympy as sp


def z_std(n_ones, weight_std, bias_std):
    """std(z) when n_ones inputs are 1 (sympy numbers in, sympy out; floats in, float out)."""
    ### BEGIN SOLUTION
    var = n_ones * weight_std ** 2 + bias_std ** 2
    return sp.sqrt(var) if isinstance(var, sp.Basic) else math.sqrt(var)
    ### END SOLUTION


def book_std():
    """std(z) for 1000 inputs, 500 of them 1, weights N(0, 1/1000), bias N(0, 1) (sympy)."""
    ### BEGIN SOLUTION
    return z_std(sp.Integer(500), 1 / sp.sqrt(1000), sp.Integer(1))
    ### END SOLUTION


def monte_carlo_std(n_in, n_ones, weight_std, bias_std, samples, seed):
    """Sample standard deviation of z over ``samples`` random neurons."""
    ### BEGIN SOLUTION
    rng = np.random.default_rng(seed)
    x = np.zeros(n_in)
    x[:n_ones] = 1.0
    w = rng.normal(0.0, weight_std, size=(samples, n_in))
    b = rng.normal(0.0, bias_std, size=samples)
    return float(np.std(w @ x + b))
    ### END SOLUTION
