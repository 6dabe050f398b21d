"""A cross-entropy cost_derivative and its pitfall  ·  交叉熵的 cost_derivative 及其陷阱

Book: chapter 3, section 3.4 (handwriting recognition revisited: the code).

Chapter 1's network computes the output error as cost_derivative(a, y) *
sigma'(z).  Try that with the cross-entropy C = -[y ln a + (1 - y) ln(1 - a)],
see where it breaks, and compare with returning a - y directly.
All arguments are NumPy arrays of the same shape (columns, as in the network).

1. ``ce_cost_derivative(a, y)``: dC/da for the cross-entropy.
2. ``naive_output_error(z, y)``: a = sigma(z), then ce_cost_derivative(a, y) *
   sigma'(z), computed exactly that way (no simplification), with the float64
   ``sigmoid`` and ``sigmoid_prime`` below.  It should show the pitfall.
3. ``stable_output_error(z, a, y)``: the same quantity, written so that it is
   exact and finite even when a is exactly 0.0 or 1.0.
4. ``essay()``: what goes wrong in 2, for which z, and why 3 avoids it.
"""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def ce_cost_derivative(a, y):
    """dC/da for C = -[y ln a + (1 - y) ln(1 - a)]."""
    ### BEGIN SOLUTION
    return (a - y) / (a * (1.0 - a))
    ### END SOLUTION


def naive_output_error(z, y):
    """ce_cost_derivative(sigmoid(z), y) * sigmoid_prime(z), as written."""
    ### BEGIN SOLUTION
    with np.errstate(divide="ignore", invalid="ignore"):
        return ce_cost_derivative(sigmoid(z), y) * sigmoid_prime(z)
    ### END SOLUTION


def stable_output_error(z, a, y):
    """The output error for the cross-entropy, finite for saturated a."""
    ### BEGIN SOLUTION
    return a - y
    ### END SOLUTION


def essay():
    """Your answer in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
For the cross-entropy dC/da = (a - y)/(a(1 - a)). Multiplying by sigma'(z) =
a(1 - a) cancels the denominator exactly on paper, but not in floating point:
for z above about 37, sigma(z) rounds to exactly 1.0 in float64 (e^-z is below
half an ulp of 1), so 1 - a = 0, a(1 - a) = 0 and the code computes (a - y)/0 =
inf or 0/0 = NaN, then inf * 0 = NaN. On the negative side a is tiny but not 0
until z is below about -710 (1/(1 + e^-z) with e^-z overflowing) or -745 (e^z
underflowing), where the same happens. One saturated neuron then fills the gradient, and soon every weight, with
NaN. network2's delta returns a - y: the cancellation is done by hand before
coding, so nothing is divided, the result is exact (1.0 or 0.0 at saturation)
and it also saves computing sigma'(z)."""
    ### END SOLUTION
