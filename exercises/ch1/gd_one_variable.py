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
    # YOUR CODE HERE
    raise NotImplementedError()


def geometry():
    """In a few sentences: what does gradient descent do in one dimension, seen on the graph of C?"""
    # YOUR CODE HERE
    raise NotImplementedError()
