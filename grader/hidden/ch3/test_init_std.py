"""Hidden checks: ch3.init_std."""
import math

import numpy as np
import sympy as sp

from grader.checks import weight


@weight(2)
def test_general_formula(ex):
    rng = np.random.default_rng(3)
    for _ in range(20):
        k = int(rng.integers(0, 2000))
        ws, bs = float(rng.uniform(0.01, 2)), float(rng.uniform(0, 2))
        got = ex.z_std(k, ws, bs)
        want = math.sqrt(k * ws ** 2 + bs ** 2)
        assert abs(got - want) <= 1e-9 * want + 1e-12, \
            f"std(z) is wrong for {k} active inputs, weight std {ws:.3f}, bias std {bs:.3f}: got {got}"


def test_symbolic_answer(ex):
    n, s, t = sp.symbols("n s t", positive=True)
    got = ex.z_std(n, s, t)
    assert sp.simplify(got ** 2 - (n * s ** 2 + t ** 2)) == 0 and sp.simplify(got).is_positive, \
        "z_std with sympy symbols should give the standard deviation as a formula in them"
    book = ex.book_std()
    assert abs(float(book) - math.sqrt(1.5)) < 1e-12, "the book's value is not right"


@weight(2)
def test_monte_carlo_matches_the_formula(ex):
    for n_in, k, ws, bs, want in [(1000, 500, 1 / math.sqrt(1000), 1.0, math.sqrt(1.5)),
                                  (1000, 500, 1.0, 1.0, math.sqrt(501)),
                                  (200, 50, 0.2, 0.0, math.sqrt(2.0))]:
        got = ex.monte_carlo_std(n_in, k, ws, bs, 6000, 5)
        assert abs(got - want) < 0.03 * want, \
            f"the simulated std(z) for {n_in} inputs ({k} of them 1) is {got}, more than 3% off the exact value"
    a = ex.monte_carlo_std(1000, 500, 1 / math.sqrt(1000), 1.0, 2000, 9)
    b = ex.monte_carlo_std(1000, 500, 1 / math.sqrt(1000), 1.0, 2000, 9)
    assert a == b, "monte_carlo_std should use the seed it is given: two calls with the same seed differ"
