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
    ### BEGIN SOLUTION
    v = mu * v - eta * grad
    return w + v, v
    ### END SOLUTION


def essay():
    """Your answer in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
1 - mu is the friction, so mu > 1 means negative friction: instead of losing
speed, the ball gains it. Even with a zero gradient the velocity is multiplied by
mu > 1 at every step, v_t = mu^t v_0, so it grows geometrically and w runs off to
infinity. Near a minimum the gradient pulls back, but the velocity still grows
from swing to swing, so the iterates overshoot further each time and diverge
instead of settling: training does not just get faster, it becomes unstable."""
    ### END SOLUTION
