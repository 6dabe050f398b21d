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
    # YOUR CODE HERE
    raise NotImplementedError()


def geometry():
    """In a few sentences: what does gradient descent do in one dimension, seen on the graph of C?"""
    # YOUR CODE HERE
    raise NotImplementedError()
