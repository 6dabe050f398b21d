"""What check authors import: weights, probes and assertion helpers.

A check is a plain pytest-style function ``test_<what>(ex)``.  ``ex`` is the
student's module seen through the plain-data boundary: ``ex.f(args)`` calls the
student's ``f`` and returns plain data (numbers, lists, tuples, dicts, NumPy
arrays, sympy expressions).  Scenarios that need the student's objects (a
``Network`` instance, a monkeypatched method) run as *probes*: small functions
``probe_fn(mod, *args)`` that run next to the student's code and return plain
observations; ``ex.probe(probe_fn, *args)`` runs one.  The verdict is always
decided in the check, outside the student's process.

Every ``assert`` in a check carries a message written for the student; in a
hidden check the message must not give the reference answer away.
"""
from __future__ import annotations

import inspect
import textwrap

import numpy as np


def weight(n: float):
    """Give a check a weight (default 1) within its exercise's points."""
    def mark(fn):
        fn.nndl_weight = float(n)
        return fn
    return mark


def probe(fn):
    """Mark a function as a probe: it runs beside the student's code.

    A probe is a top-level function ``def name(mod, *args)``; it may use ``np``,
    ``math`` and ``random`` (already imported for it) and import other standard
    or NumPy modules itself.  It must not use anything else from the check file:
    only its own source travels to the sandbox.
    """
    src = textwrap.dedent(inspect.getsource(fn))
    lines = src.splitlines()
    while lines and lines[0].lstrip().startswith("@"):
        lines.pop(0)
    fn.nndl_probe_source = "\n".join(lines) + "\n"
    return fn


# ------------------------------------------------------------------ assertion helpers

def _fmt(x, limit: int = 160) -> str:
    with np.printoptions(precision=6, threshold=20, edgeitems=3, linewidth=100):
        s = repr(x) if not isinstance(x, np.ndarray) else np.array2string(x)
    return s if len(s) <= limit else s[: limit - 3] + "..."


def as_array(x, what: str = "the answer", shape: tuple | None = None) -> np.ndarray:
    """Read an answer as a float array, with a plain message if it is not one."""
    try:
        arr = np.asarray(x, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError(f"{what} should be numbers (a NumPy array), got {_fmt(x)}") from None
    if shape is not None and arr.shape != tuple(shape):
        raise AssertionError(f"{what} should have shape {tuple(shape)}, got shape {arr.shape}")
    return arr


def assert_close(actual, expected, what: str = "the answer", rtol: float = 1e-7,
                 atol: float = 1e-9, reveal: bool = True) -> None:
    """Assert two arrays are equal within tolerance, naming what differs.

    With ``reveal=False`` (hidden checks) the expected value is not printed.
    """
    exp = np.asarray(expected, dtype=float)
    act = as_array(actual, what)
    if act.shape != exp.shape:
        raise AssertionError(f"{what} should have shape {exp.shape}, got shape {act.shape}")
    if not np.all(np.isfinite(act)) and np.all(np.isfinite(exp)):
        raise AssertionError(f"{what} contains NaN or infinite values: {_fmt(act)}")
    if not np.allclose(act, exp, rtol=rtol, atol=atol, equal_nan=True):
        where = np.unravel_index(np.argmax(np.abs(act - exp)), act.shape) if act.shape else ()
        msg = f"{what} is wrong"
        if where:
            msg += f" (largest difference at index {tuple(int(i) for i in where)})"
        if reveal:
            msg += f": expected {_fmt(exp)}, got {_fmt(act)}"
        else:
            msg += f": got {_fmt(act)}"
        raise AssertionError(msg)


def assert_finite(x, what: str = "the answer") -> None:
    arr = as_array(x, what)
    bad = ~np.isfinite(arr)
    if bad.any():
        raise AssertionError(f"{what} has {int(bad.sum())} NaN or infinite value(s): {_fmt(arr)}")


# ------------------------------------------------------------------ reference arithmetic for checks
# For the check side only: probes run without the grader package and write their own.

def sigmoid(z):
    """The logistic function; far out it is exactly 0.0 or 1.0, without overflow warnings."""
    with np.errstate(over="ignore"):
        return 1 / (1 + np.exp(-z))


def random_network(rng, sizes, scale=1.0):
    """Normal random (weights, biases) of a network with layer ``sizes``.

    ``rng`` is a seed or a ``np.random.Generator`` (go on drawing inputs from it);
    all the weight matrices are drawn first, then the bias columns.
    """
    rng = np.random.default_rng(rng)
    weights = [rng.normal(0, scale, (n, m)) for m, n in zip(sizes[:-1], sizes[1:])]
    biases = [rng.normal(0, scale, (n, 1)) for n in sizes[1:]]
    return weights, biases


def numerical_gradient(cost, params, h=1e-6):
    """Central differences of ``cost()`` in every entry of the arrays in ``params``.

    ``cost`` takes no arguments and reads the arrays; each entry is moved by +h and
    -h in place and put back exactly.  Returns one gradient array per array.
    """
    grads = []
    for p in params:
        g = np.zeros_like(p, dtype=float)
        for idx in np.ndindex(p.shape):
            old = p[idx]
            p[idx] = old + h
            up = cost()
            p[idx] = old - h
            down = cost()
            p[idx] = old
            g[idx] = (up - down) / (2 * h)
        grads.append(g)
    return grads


# ------------------------------------------------------------------ symbolic answers
# A student's expression is data: checks never turn it into code (no lambdify,
# eval, exec, sympify of text or parse_expr; a kit test enforces it).  They
# compare with sympy and evaluate numerically by substitution.

def as_expr(x, what: str = "the answer"):
    """A symbolic answer as a sympy expression (numbers allowed); never reads text."""
    import sympy
    if isinstance(x, bool) or isinstance(x, str):
        raise AssertionError(f"{what} should be a sympy expression, got {_fmt(x)}")
    if isinstance(x, sympy.Basic):
        return x
    if isinstance(x, (int, float)):
        return sympy.Float(x) if isinstance(x, float) else sympy.Integer(x)
    raise AssertionError(f"{what} should be a sympy expression, got {_fmt(x)}")


def values_at(expr, symbols, points, digits: int = 30) -> list[complex]:
    """The numeric values of ``expr`` at each point (one value per symbol).

    Substitutes exact values and evaluates with sympy's arbitrary precision:
    no source code is generated from the expression.  A value that is not a
    number (a symbol left over, NaN, infinity) comes back as complex NaN.
    """
    import sympy
    expr = as_expr(expr)
    symbols = list(symbols)
    out = []
    for p in points:
        p = np.atleast_1d(np.asarray(p, dtype=float))
        sub = {s: sympy.Float(float(v), digits) for s, v in zip(symbols, p)}
        try:
            v = sympy.N(expr.xreplace(sub), digits)
            out.append(complex(v) if v.is_number and v.is_finite is not False else complex("nan"))
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            out.append(complex("nan"))
    return out


def small_at(expr, symbols, points, tol: float) -> bool:
    """True when |expr| < tol at every point (and every value is a number)."""
    return all(abs(v) < tol for v in values_at(expr, symbols, points))


# ------------------------------------------------------------------ SGD read back from its weights (ch1)
# A training probe returns only the trained parameters; these helpers read, in the grader's process,
# how SGD grouped the examples, from a scripted run whose every example moves its own weights.

def sgd_scripted_data(n: int, n_out: int = 2, seed: int = 0):
    """A scripted SGD scenario: n examples whose inputs are the one-hot columns of the n x n identity,
    so example i is the only one that moves column i of the weights; small random starting
    parameters (sigmoid near its steepest) and 0/1 targets.  Returns (W0, B0, X, Y, labels)."""
    rng = np.random.default_rng(seed)
    W0 = rng.normal(0.0, 0.3, (n_out, n))
    B0 = rng.normal(0.0, 0.3, (n_out, 1))
    labels = rng.integers(0, n_out, n)
    return W0, B0, np.eye(n), np.eye(n_out)[:, labels], labels


def sgd_example_weights(W0, B0, W1, Y, eta) -> np.ndarray:
    """For each example i of a scripted run (see sgd_scripted_data), how many gradient steps of
    size eta its own gradient made: the sum over the epochs of 1 / (size of its mini-batch).
    Exact to first order in eta (use a small eta); the grader's own sigmoid, not the student's."""
    Z = W0 + B0  # z of every output neuron for each one-hot input (one column per example)
    A = sigmoid(Z)
    G = (A - Y) * A * (1 - A)  # dC/dW[k, i] for example i, at the starting point
    return np.mean((W0 - np.asarray(W1, dtype=float)) / (eta * G), axis=0)


def sgd_short_batch_counts(factors, n: int, m: int, epochs: int) -> np.ndarray:
    """From sgd_example_weights on n examples with mini-batches of m (n % m != 0): for each example,
    in how many epochs it sat in the short last mini-batch (a float; a whole number when every
    mini-batch was averaged over its own size)."""
    r = n % m
    return (np.asarray(factors, dtype=float) - epochs / m) / (1.0 / r - 1.0 / m)
