"""Momentum with mu > 1  ·  动量系数 mu > 1 时会怎样

Book: chapter 3, section 3.6 (variations on stochastic gradient descent:
momentum), the first question of the momentum exercise.

Momentum keeps a velocity v: v -> mu*v - eta*grad, then w -> w + v (the new v).
1 - mu acts as friction.

1. ``momentum_step(w, v, grad, eta, mu)``: one step; returns ``(new_w, new_v)``
   (numbers or NumPy arrays of the same shape).
2. ``essay()``: what goes wrong when mu > 1, and why (think of a zero gradient
   first, then of C = w^2/2).
"""


def momentum_step(w, v, grad, eta, mu):
    """One momentum update: returns (new_w, new_v)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your answer in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
