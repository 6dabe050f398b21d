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
    ### BEGIN SOLUTION
    c = _cost_of_parameters(cost, a, w, x, b)
    return [sp.diff(c, wj) for wj in w]
    ### END SOLUTION


def bias_gradient(cost, a, w, x, b):
    """dC/db (a sympy expression)."""
    ### BEGIN SOLUTION
    return sp.diff(_cost_of_parameters(cost, a, w, x, b), b)
    ### END SOLUTION


def essay():
    """Your answer in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
A cost measures how far the output is from the target, so it is a function of
a = sigma(z) and y only. The weight w_j reaches the cost through one road: it
changes z = sum_k w_k x_k + b, and dz/dw_j = x_j. By the chain rule
dC/dw_j = (dC/dz) x_j for every possible cost, and dC/db = dC/dz. Choosing a
different cost only changes the common factor dC/dz, which is the same for all
weights and for the bias; it cannot touch x_j, which comes from the way the
neuron combines its inputs, not from the cost. (The sympy computation shows
dC/dw_j - x_j dC/db = 0 for several different costs.) Dividing the cost by x_j
is not a fix: the cost would then depend on the inputs, not only on the output,
and would weight every example differently; it would also blow up when x_j = 0.
To avoid slow learning for inputs near 0 one has to change the inputs (for
example, rescale or centre them) or the neuron, not the cost."""
    ### END SOLUTION
