"""Visible checks: ch3.init_std."""
import math

import sympy as sp


def test_book_value_is_sqrt_three_halves(ex):
    got = ex.book_std()
    assert sp.simplify(got - sp.sqrt(sp.Rational(3, 2))) == 0, \
        f"for the book's neuron std(z) should be sqrt(3/2) ~ 1.2247, got {got}"


def test_old_initialisation(ex):
    got = ex.z_std(500, 1.0, 1.0)
    assert abs(got - math.sqrt(501)) < 1e-9, f"with N(0, 1) weights and bias std(z) = sqrt(501) ~ 22.4, got {got}"


def test_monte_carlo_is_seeded(ex):
    import numpy as np
    np.random.seed(1)
    first = ex.monte_carlo_std(100, 50, 0.1, 1.0, 300, 5)
    np.random.seed(2)
    again = ex.monte_carlo_std(100, 50, 0.1, 1.0, 300, 5)
    assert first == again, ("monte_carlo_std should draw with np.random.default_rng(seed): the same seed must "
                            f"give the same value, got {first} and {again}")
