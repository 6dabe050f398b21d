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
    # YOUR CODE HERE
    raise NotImplementedError()


def swapped_form_is_finite(y):
    """Is -[a ln y + (1 - a) ln(1 - y)] finite for every 0 < a < 1, at this y?"""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your answer in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
