"""Momentum with mu < 0  ·  动量系数 mu < 0 时会怎样

Book: chapter 3, section 3.6 (variations on stochastic gradient descent:
momentum), the second question of the momentum exercise.

Momentum keeps a velocity v: v -> mu*v - eta*grad, then w -> w + v (the new v).

1. ``momentum_step(w, v, grad, eta, mu)``: one step; returns ``(new_w, new_v)``.
2. ``steady_step(eta, grad, mu)``: on a slope of constant gradient ``grad``, the
   step w_{t+1} - w_t that the updates settle to (for -1 < mu < 1).
3. ``essay()``: what goes wrong when mu < 0, compared with plain gradient descent.
"""


def momentum_step(w, v, grad, eta, mu):
    """One momentum update: returns (new_w, new_v)."""
    ### BEGIN SOLUTION
    v = mu * v - eta * grad
    return w + v, v
    ### END SOLUTION


def steady_step(eta, grad, mu):
    """The limit of the step on a constant slope."""
    ### BEGIN SOLUTION
    return -eta * grad / (1.0 - mu)
    ### END SOLUTION


def essay():
    """Your answer in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
With mu < 0 each new velocity subtracts a part of the old one, so the velocity
keeps reversing its contribution: successive changes alternate in sign and the
path zig-zags. On a constant slope the step settles at -eta*g/(1 - mu), which is
smaller than plain gradient descent's -eta*g because 1 - mu > 1: instead of
building up speed along a consistent direction, the method brakes itself. It
is 'anti-momentum', slower than mu = 0, and for mu <= -1 the oscillation no
longer dies out (it persists or grows)."""
    ### END SOLUTION
