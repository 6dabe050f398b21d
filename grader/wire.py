"""The plain-data boundary between a student's code and the grader.

Everything that crosses from student code to a check goes through
`encode` (on the student's side) and `decode` (on the grader's side):
JSON for numbers, strings, lists and dicts, NumPy's .npy format loaded with
``allow_pickle=False`` for arrays, and sympy's ``srepr`` text for symbolic
answers, read back by an allow-list parser (never ``eval``).  An object of any
other type is refused with a message that says what to return instead.

This module is also copied into the sandbox, so it imports only the standard
library and NumPy (sympy only when a symbolic answer is encoded or decoded).
"""
from __future__ import annotations

import ast
import base64
import io
import json
import math
import numbers

import numpy as np

MAX_DEPTH = 20


class StudentError(Exception):
    """Something about the student's code, reported to the student in plain words."""

    kind = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotImplementedYet(StudentError):
    kind = "not_implemented"


class StudentException(StudentError):
    kind = "exception"


class StudentTimeout(StudentError):
    kind = "timeout"


class StudentCrash(StudentError):
    kind = "crash"


class BadAnswer(StudentError):
    """The answer had a type that cannot cross the boundary (an object, a function...)."""

    kind = "bad_answer"


ERROR_KINDS = {c.kind: c for c in (StudentError, NotImplementedYet, StudentException,
                                   StudentTimeout, StudentCrash, BadAnswer)}


# --------------------------------------------------------------------------- encode

def _type_name(x) -> str:
    t = type(x)
    return t.__name__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"


def encode(value, _depth: int = 0):
    """Turn a value into JSON-able plain data, refusing anything else."""
    if _depth > MAX_DEPTH:
        raise BadAnswer("the answer is nested too deeply")
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value)
    if isinstance(value, (complex, np.complexfloating)):
        return {"__complex__": [float(value.real), float(value.imag)]}
    if isinstance(value, np.ndarray) or _is_array_like_scalar(value):
        return {"__ndarray__": _array_to_text(value)}
    if isinstance(value, tuple):
        return {"__tuple__": [encode(v, _depth + 1) for v in value]}
    if isinstance(value, list):
        return [encode(v, _depth + 1) for v in value]
    if isinstance(value, dict):
        return {"__dict__": [[encode(k, _depth + 1), encode(v, _depth + 1)] for k, v in value.items()]}
    if _is_sympy(value):
        return {"__sympy__": _srepr(value)}
    if isinstance(value, numbers.Rational):  # fractions.Fraction
        return {"__fraction__": [int(value.numerator), int(value.denominator)]}
    if callable(value):
        raise BadAnswer(f"the answer is a function ({_type_name(value)}); call it and return its result")
    raise BadAnswer(f"the answer has type {_type_name(value)}, which the grader cannot read; "
                    "return numbers, strings, lists, tuples, dicts or NumPy arrays")


def _is_array_like_scalar(value) -> bool:
    return isinstance(value, np.generic)


def _array_to_text(value) -> str:
    # np.array(..., subok=False) drops any ndarray subclass: a subclass that lies
    # about equality or shape arrives as the plain numbers it holds.
    arr = np.array(value, copy=True, subok=False)
    if arr.dtype.hasobject:
        raise BadAnswer("the answer is a NumPy array of Python objects; use a numeric dtype")
    buf = io.BytesIO()
    np.save(buf, arr, allow_pickle=False)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _is_sympy(value) -> bool:
    mod = type(value).__module__ or ""
    return mod.startswith("sympy.")


def _srepr(value) -> str:
    import sympy
    if not isinstance(value, sympy.Basic):
        # Matrices are not Basic; srepr handles them through their class name.
        if isinstance(value, sympy.MatrixBase):
            return sympy.srepr(sympy.ImmutableMatrix(value))
        raise BadAnswer(f"sympy object of type {_type_name(value)} cannot be graded")
    return sympy.srepr(value)


def dumps(value) -> bytes:
    return json.dumps(encode(value), allow_nan=True, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- decode

def decode(data):
    """Inverse of `encode`; never unpickles and never evaluates code."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if isinstance(data, dict):
        if len(data) != 1:
            raise BadAnswer("malformed answer data")
        (tag, payload), = data.items()
        if tag == "__ndarray__":
            raw = base64.b64decode(payload.encode("ascii"), validate=True)
            return np.load(io.BytesIO(raw), allow_pickle=False)
        if tag == "__tuple__":
            return tuple(decode(v) for v in payload)
        if tag == "__dict__":
            out = {}
            for k, v in payload:
                k = decode(k)
                if isinstance(k, (list, dict, np.ndarray)):
                    raise BadAnswer("dictionary keys must be numbers, strings or tuples")
                out[k] = decode(v)
            return out
        if tag == "__complex__":
            return complex(payload[0], payload[1])
        if tag == "__fraction__":
            from fractions import Fraction
            return Fraction(int(payload[0]), int(payload[1]))
        if tag == "__sympy__":
            return parse_srepr(payload)
        raise BadAnswer(f"unknown answer tag {tag!r}")
    return data


def loads(raw: bytes):
    return decode(json.loads(raw.decode("utf-8")))


# --------------------------------------------------------------- srepr, allow-listed

# Classes a symbolic answer may be built from.  Anything else is refused.
SYMPY_ALLOWED = frozenset("""
Symbol Dummy Integer Rational Float Half One Zero NegativeOne Pi E Exp1 ImaginaryUnit
Infinity NegativeInfinity ComplexInfinity NaN oo zoo nan pi I
Add Mul Pow exp log sqrt sin cos tan tanh sinh cosh sign Abs Max Min
Heaviside Piecewise ExprCondPair Eq Ne Lt Le Gt Ge StrictGreaterThan StrictLessThan
GreaterThan LessThan Equality Unequality And Or Not true false BooleanTrue BooleanFalse
Function Derivative Tuple ImmutableDenseMatrix ImmutableMatrix MutableDenseMatrix Matrix
Indexed IndexedBase Idx Sum KroneckerDelta Limit Integral Lambda Subs
Transpose MatMul MatAdd MatrixSymbol HadamardProduct DiagMatrix DiagonalMatrix Identity
AppliedUndef UndefinedFunction floor ceiling re im conjugate
""".split())


MAX_EXPONENT = 100_000      # 3**(10**12) is minutes of C code that no time limit interrupts
MAX_DIGITS = 1_000


def check_power(base, exponent):
    """Refuse a power whose number would be too large to build; else return it."""
    if getattr(exponent, "is_Number", False) and exponent.is_finite and abs(exponent) > MAX_EXPONENT:
        raise BadAnswer(f"the exponent {str(exponent)[:20]} is too large (more than {MAX_EXPONENT}); "
                        "no answer here needs such a number")
    return base ** exponent


def parse_srepr(text: str):
    """Rebuild a sympy expression from srepr text, allowing only known sympy classes."""
    import sympy
    from sympy.core.function import UndefinedFunction

    if len(text) > 200_000:
        raise BadAnswer("symbolic answer is too large")
    try:
        tree = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError) as exc:
        if "digits" in str(exc):  # an integer literal over Python's digit limit
            raise BadAnswer(f"a number in the symbolic answer is too large (over {MAX_DIGITS} digits)") from None
        raise BadAnswer("symbolic answer is not valid sympy text") from None

    def build(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str, bool, type(None))):
            if isinstance(node.value, (int, str)) and len(str(node.value)) > MAX_DIGITS \
                    and str(node.value).lstrip("-").isdigit():
                raise BadAnswer(f"a number in the symbolic answer is too large (over {MAX_DIGITS} digits)")
            return node.value
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -build(node.operand)
        if isinstance(node, (ast.Tuple, ast.List)):
            return [build(e) for e in node.elts]
        if isinstance(node, ast.Name):
            if node.id in ("oo", "zoo", "nan", "pi", "I", "E", "true", "false"):
                return getattr(sympy, node.id if node.id != "true" else "true")
            raise BadAnswer(f"symbolic answer uses the name {node.id!r}, which is not allowed")
        if isinstance(node, ast.Call):
            # Function('f')(x): an undefined function applied to arguments.
            if isinstance(node.func, ast.Call):
                f = build(node.func)
                if not isinstance(f, UndefinedFunction):
                    raise BadAnswer("symbolic answer applies something that is not a function")
                return f(*[build(a) for a in node.args])
            if not isinstance(node.func, ast.Name) or node.func.id not in SYMPY_ALLOWED:
                name = getattr(node.func, "id", "?")
                raise BadAnswer(f"symbolic answer uses {name!r}, which is not on the allow-list")
            cls = getattr(sympy, node.func.id, None)
            if cls is None:
                raise BadAnswer(f"symbolic answer uses {node.func.id!r}, unknown to sympy")
            args = [build(a) for a in node.args]
            kwargs = {k.arg: build(k.value) for k in node.keywords if k.arg}
            if node.func.id in ("ImmutableDenseMatrix", "ImmutableMatrix", "MutableDenseMatrix", "Matrix"):
                return sympy.ImmutableMatrix(*args)
            if node.func.id == "Tuple":
                return sympy.Tuple(*args)
            if node.func.id == "Pow" and len(args) == 2:
                check_power(*map(sympy.sympify, args))
            try:
                return cls(*args, **kwargs)
            except StudentTimeout:
                raise  # the grader's own time limit, not a malformed answer
            except Exception as exc:  # malformed arguments
                raise BadAnswer(f"symbolic answer could not be rebuilt: {exc}") from None
        raise BadAnswer(f"symbolic answer contains {type(node).__name__}, which is not allowed")

    return build(tree.body)


_MATH_FUNCS = ("exp", "log", "sqrt", "sin", "cos", "tan", "tanh", "sinh", "cosh", "Abs", "sign",
               "Max", "Min", "Heaviside", "Rational", "Integer", "Float", "Symbol", "Function")
_MATH_CONSTS = ("pi", "E", "I", "oo", "nan", "zoo")


def safe_parse_expr(text, local_dict=None, transformations=None, global_dict=None, evaluate=True):
    """Text to sympy without ``eval``: numbers, names, + - * / ** and a few functions.

    Stands in for sympy's ``parse_expr`` in the grader's process, so that sympy
    (and any check) can still read plain formulas like ``"a*(1 - a)"`` (sympy's
    own modules sympify short constant strings too), while ``__import__(...)``,
    attributes, lambdas and everything else are refused.
    """
    import sympy

    if not isinstance(text, str) or len(text) > 20_000:
        raise BadAnswer("a text answer was given where a sympy expression is expected")
    local_dict = local_dict or {}
    try:
        tree = ast.parse(text.strip().replace("^", "**"), mode="eval")
    except SyntaxError:
        raise BadAnswer(f"{text[:60]!r} is not a formula; return a sympy expression") from None
    ops = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
           ast.Div: lambda a, b: a / b, ast.Pow: check_power}

    def build(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) \
                and not isinstance(node.value, bool):
            return sympy.sympify(node.value)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value  # e.g. the name in Symbol('x')
        if isinstance(node, ast.Name):
            if node.id in local_dict:
                return local_dict[node.id]
            if node.id in _MATH_CONSTS:
                return getattr(sympy, node.id)
            if node.id.startswith("_"):
                raise BadAnswer(f"the name {node.id!r} is not allowed in a formula")
            return sympy.Symbol(node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            value = build(node.operand)
            return -value if isinstance(node.op, ast.USub) else value
        if isinstance(node, ast.BinOp) and type(node.op) in ops:
            return ops[type(node.op)](build(node.left), build(node.right))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
            name = node.func.id
            fn = local_dict.get(name) if name in local_dict else (
                getattr(sympy, name) if name in _MATH_FUNCS else sympy.Function(name))
            return fn(*[build(a) for a in node.args])
        raise BadAnswer(f"{ast.unparse(node)[:60]!r} is not allowed in a formula")

    return build(tree.body)


def forbid_text_parsing() -> None:
    """Make sympy read text without ``eval`` in this (the grader's) process.

    ``sympy.sympify(text)``, and every sympy function that sympifies its
    arguments (``simplify``, ``diff``, ``Eq``...), evaluates text with ``eval``.
    A student's answer may be a string, so while grading sympy's text parser is
    replaced by `safe_parse_expr`, which builds plain formulas and refuses code.
    """
    import sympy.parsing
    import sympy.parsing.sympy_parser as parser

    def refuse_eval(*args, **kwargs):
        raise BadAnswer("text cannot be evaluated as code while grading")

    parser.parse_expr = safe_parse_expr
    parser.eval_expr = refuse_eval
    sympy.parsing.parse_expr = safe_parse_expr
    if hasattr(sympy, "parse_expr"):
        sympy.parse_expr = safe_parse_expr


def finite_or_message(x) -> str | None:
    """A helper for checks: None if x is all finite, else a plain description."""
    arr = np.asarray(x, dtype=float)
    if np.all(np.isfinite(arr)):
        return None
    bad = int(np.sum(~np.isfinite(arr)))
    return f"{bad} value(s) are NaN or infinite"


def is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(float(x))
