"""Which of y and a goes inside the logarithm  ·  交叉熵中 y 与 a 的位置

Book: chapter 3, section 3.1 (introducing the cross-entropy).

The cross-entropy of one sigmoid output a against a target y is
    C = -[y ln a + (1 - y) ln(1 - a)].
Someone proposes the swapped form -[a ln y + (1 - a) ln(1 - y)].

1. ``cross_entropy(a, y)``: the correct form, element-wise on NumPy arrays
   (or numbers).  It must be finite for y = 0 or 1 whenever 0 < a < 1.
2. ``swapped_form_is_finite(y)``: True if the swapped form is a finite number
   for every a strictly between 0 and 1, for this target y (0 <= y <= 1);
   False otherwise.
3. ``essay()``: in a few sentences, say what goes wrong with the swapped form
   when y is 0 or 1, and why the correct form does not suffer from it.
"""
import numpy as np


def cross_entropy(a, y):
    """-[y ln a + (1 - y) ln(1 - a)], element-wise."""
    ### BEGIN SOLUTION
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    return -(y * np.log(a) + (1 - y) * np.log(1 - a))
    ### END SOLUTION


def swapped_form_is_finite(y):
    """Is -[a ln y + (1 - a) ln(1 - y)] finite for every 0 < a < 1, at this y?"""
    ### BEGIN SOLUTION
    return bool(0 < y < 1)
    ### END SOLUTION


def essay():
    """Your answer in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
In a classifier the target y is exactly 0 or 1. In the swapped form y sits
inside the logarithms, so one of ln y or ln(1 - y) is ln 0 = -infinity, and it
is multiplied by a or 1 - a, which is never 0 because a = sigma(z) lies strictly
between 0 and 1. The swapped cost is therefore infinite for every output, its
gradient is useless, and it cannot tell a good output from a bad one.
In the correct form the logarithms are taken of a and 1 - a, which are strictly
inside (0, 1), so both logs are finite; y (0 or 1) only chooses which of the two
finite terms counts. The two forms are not interchangeable: the cost is not
symmetric in a and y."""
    ### END SOLUTION
