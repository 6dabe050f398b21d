"""Gradient descent in one variable  ·  单变量的梯度下降

Book: chapter 1, section 1.5 (Learning with gradient descent), exercise
"gradient descent when C is a function of just one variable".

With one variable v, gradient descent repeats v -> v - eta * C'(v): it moves v
along the real line against the slope of C, by an amount proportional to the
slope.
"""


def gd_1d(dC, v0, eta, steps):
    """Run ``steps`` gradient-descent updates from ``v0`` with learning rate ``eta``.

    ``dC`` is a function returning C'(v).  Return the list of visited points
    ``[v0, v1, ..., v_steps]`` (so ``steps + 1`` numbers).
    """
    ### BEGIN SOLUTION
    path = [float(v0)]
    for _ in range(steps):
        v = path[-1]
        path.append(v - eta * dC(v))
    return path
    ### END SOLUTION


def geometry():
    """In a few sentences: what does gradient descent do in one dimension, seen on the graph of C?"""
    ### BEGIN SOLUTION
    return """Picture the graph of C over the real line.  At the current point the
slope is C'(v); the update v - eta C'(v) moves v to the left where the graph rises
to the right, and to the right where it falls, so the point always steps downhill,
like a ball rolling into a valley.  Steep slopes give big steps and gentle slopes
small ones, so the point slows down as it nears the bottom, and it stops where
C'(v) = 0.  It settles in a local minimum (which one depends on the start); too
large an eta overshoots the valley and can bounce or diverge."""
    ### END SOLUTION
