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
