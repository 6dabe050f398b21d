"""Gradient descent in one variable  ·  单变量的梯度下降

Book: chapter 1, section 1.5 (Learning with gradient descent), exercise
"gradient descent when C is a function of just one variable".

The book asks what gradient descent does when the cost C depends on a single
variable v, and for a geometric interpretation of it.  Write gradient descent
for this case, using the book's update rule for gradient descent with a single
variable, then answer the question in ``geometry``: what does it do, seen on the graph
of C?

书中问:当代价 C 只依赖于一个变量 v 时,梯度下降做了什么?请给出几何解释。
先用书中梯度下降的更新规则写出单变量情形下的梯度下降,再在 ``geometry``
中回答这个问题:从 C 的函数图像上看,它做了什么?
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
