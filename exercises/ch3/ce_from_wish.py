"""The cross-entropy derived from a wish  ·  从期望的梯度推导出交叉熵

Book: chapter 3, section 3.1 (what does the cross-entropy mean? where does it
come from?).

For one sigmoid neuron with output a = sigma(z), z = w x + b, we *wish* for a
cost whose bias gradient has no sigma' factor: dC/db = a - y.  By the chain
rule dC/db = dC/da * sigma'(z) = dC/da * a (1 - a).  Solve for dC/da and
integrate over a: the cost that grants the wish is the cross-entropy (up to a
constant that does not depend on a).

1. ``dC_da_from_wish(a, y)``: dC/da as a sympy expression in the symbols a, y.
2. ``cost_from_wish(a, y)``: a cost C(a) (sympy, in a and y) with that
   derivative; any constant of integration is accepted.
3. ``derivation(z, y)``: check the result by a chain of equal sympy
   expressions, a list [e0, e1, ..., en], that starts at
       e0 = Derivative(-(y*log(sigma(z)) + (1 - y)*log(1 - sigma(z))), z)
   (the cross-entropy's derivative, written with ``sympy.Derivative`` so it is
   not evaluated) and ends at
       en = sigma(z) - y,
   where sigma = sympy.Function("sigma") (defined below).  Write out the chain
   rule through a = sigma(z) as one step, keeping Derivative(sigma(z), z)
   unevaluated there, then use sigma' = sigma (1 - sigma).
"""
import sympy as sp

sigma = sp.Function("sigma")


def dC_da_from_wish(a, y):
    """dC/da for which dC/db = a - y (sympy)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def cost_from_wish(a, y):
    """A cost C(a) whose derivative is dC_da_from_wish (sympy)."""
    # YOUR CODE HERE
    raise NotImplementedError()


def derivation(z, y):
    """[e0, ..., en]: d(cross-entropy)/dz = ... = sigma(z) - y."""
    # YOUR CODE HERE
    raise NotImplementedError()
