"""Why no cost removes the x_j factor  ·  为什么任何代价函数都去不掉 x_j 因子

Book: chapter 3, section 3.1 (what does the cross-entropy mean? where does it
come from?).

For one sigmoid neuron, a = sigma(z) with z = sum_j w_j x_j + b.  With the
cross-entropy, dC/dw_j = x_j (a - y): an input x_j near 0 makes w_j learn
slowly.  Could another cost remove the x_j?  Answer in words, and back the
answer with a sympy computation that works for *any* cost of the output.

``cost`` is a sympy expression in the symbol ``a`` (the neuron's output; it may
also contain other symbols such as a target ``y``); ``w`` and ``x`` are lists of
sympy symbols of the same length and ``b`` a symbol.

1. ``weight_gradients(cost, a, w, x, b)``: the list [dC/dw_j] after putting
   a = sigma(sum_j w_j x_j + b) into the cost.
2. ``bias_gradient(cost, a, w, x, b)``: dC/db, the same way.
3. ``essay()``: why can no choice of cost get rid of the x_j factor?
"""
import sympy as sp


def _cost_of_parameters(cost, a, w, x, b):
    z = sum(wj * xj for wj, xj in zip(w, x)) + b
    return cost.subs(a, 1 / (1 + sp.exp(-z)))


def weight_gradients(cost, a, w, x, b):
    """[dC/dw_j for each j] (sympy expressions)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def bias_gradient(cost, a, w, x, b):
    """dC/db (a sympy expression)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def essay():
    """Your answer in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
