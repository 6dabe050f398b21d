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
import re
from dataclasses import dataclass

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


# ------------------------------------------------- formulas: one allow-list parser

# Every way text becomes sympy in the grader goes through `parse_formula`: srepr
# text of a symbolic answer (`parse_srepr`), formulas that sympy itself reads while
# grading (`safe_parse_expr`) and the steps of a derivation written as text
# (grader.derivation.parse_math).  The text is walked as a Python syntax tree;
# nothing is evaluated as code.  Names of symbols and functions are plain
# identifiers (`check_name`), so no name can smuggle code into anything that
# later writes source from an expression.

# sympy classes an srepr answer may be built from.  Anything else is refused.
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

# Constructors whose first argument is a name (checked with `check_name`).
NAMED = frozenset("Symbol Dummy Function IndexedBase Idx MatrixSymbol".split())
# Keyword arguments srepr writes: assumptions (True/False), a Float's precision,
# a Dummy's index.  Nothing else.
ASSUMPTIONS = frozenset("""
commutative real positive negative nonnegative nonpositive nonzero zero integer rational
finite infinite complex extended_real even odd prime irrational imaginary algebraic
""".split())

MAX_NAME = 64
MAX_EXPONENT = 100_000      # 3**(10**12) is minutes of C code that no time limit interrupts
MAX_DIGITS = 1_000
MAX_BITS = 400_000          # the largest exact number a power may produce (~120,000 digits)
MAX_PRECISION = 2_000       # bits of a Float
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_NUMBER_TEXT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,4})?\Z")


def check_name(name, what: str = "symbol") -> str:
    """A symbol's or function's name must be a plain identifier; else BadAnswer."""
    ok = (isinstance(name, str) and 0 < len(name) <= MAX_NAME and _IDENTIFIER.match(name)
          and "__" not in name)
    if not ok:
        shown = repr(name)[:40] if isinstance(name, str) else type(name).__name__
        raise BadAnswer(f"the {what} name {shown} is not allowed: a name is letters, digits and "
                        f"underscores (at most {MAX_NAME}, not starting with a digit, no '__'); "
                        "use the names the exercise gives")
    return name


def check_power(base, exponent):
    """Refuse a power whose number would be too large to build; else return it."""
    import sympy
    base, exponent = sympy.sympify(base), sympy.sympify(exponent)
    if getattr(exponent, "is_Number", False) and exponent.is_finite and abs(exponent) > MAX_EXPONENT:
        raise BadAnswer(f"the exponent {str(exponent)[:20]} is too large (more than {MAX_EXPONENT}); "
                        "no answer here needs such a number")
    if getattr(base, "is_Rational", False) and getattr(exponent, "is_Number", False) and exponent.is_finite:
        bits = max(int(base.p).bit_length(), int(base.q).bit_length())
        if bits * abs(float(exponent)) > MAX_BITS:
            raise BadAnswer("a power in the answer is too large to compute (a number of more than "
                            f"{MAX_BITS} bits); no answer here needs such a number")
    return base ** exponent


def _check_number_text(value: str) -> str:
    if not _NUMBER_TEXT.match(value.strip()):
        raise BadAnswer(f"{value[:30]!r} is not a plain number")
    return value


@dataclass(frozen=True)
class Grammar:
    """What one caller of `parse_formula` accepts.

    calls: names that may be called, each mapped to a builder (srepr: sympy
        constructors; formulas: exp, log, ...).
    constants: bare names with a fixed meaning (pi, oo, ...).
    symbols: bare names read as symbols; None means any identifier becomes a Symbol.
    functions: names of undefined functions (sigma, C, ...) that may be applied;
        None means any identifier may be.
    operators: + - * / ** between terms (formulas), or constructor calls only (srepr).
    strings: string literals allowed (srepr: names and Float digits, checked).
    """
    calls: dict
    constants: dict
    symbols: frozenset | None
    functions: frozenset | None
    operators: bool
    strings: bool
    max_length: int
    exact: bool = False   # decimals read as exact rationals (0.5 -> 1/2)


_BINOPS = {"Add": lambda a, b: a + b, "Sub": lambda a, b: a - b, "Mult": lambda a, b: a * b,
           "Div": lambda a, b: a / b, "Pow": check_power}


def parse_formula(text, grammar: Grammar, local: dict | None = None):
    """Build a sympy object from ``text`` as ``grammar`` allows; BadAnswer otherwise."""
    import sympy
    from sympy.core.function import UndefinedFunction

    if not isinstance(text, str):
        raise BadAnswer("a formula should be text")
    if len(text) > grammar.max_length:
        raise BadAnswer(f"the formula is too large (more than {grammar.max_length} characters)")
    source = text.strip() if grammar.strings else text.strip().replace("^", "**")
    try:
        tree = ast.parse(source, mode="eval")
    except (SyntaxError, ValueError) as exc:
        if "digits" in str(exc):  # an integer literal over Python's digit limit
            raise BadAnswer(f"a number in the formula is too large (over {MAX_DIGITS} digits)") from None
        raise BadAnswer(f"{text[:60]!r} is not a formula" if grammar.operators
                        else "symbolic answer is not valid sympy text") from None
    local = local or {}

    def number(value):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value).bit_length() > MAX_DIGITS * 3.33:
            raise BadAnswer(f"a number in the formula is too large (over {MAX_DIGITS} digits)")
        return value

    def build(node, as_name=False):
        if isinstance(node, ast.Constant):
            v = node.value
            if isinstance(v, bool) or v is None:
                if grammar.operators:
                    raise BadAnswer(f"{v!r} is not allowed in a formula")
                return v
            if isinstance(v, (int, float)):
                v = number(v)
                if not grammar.operators:
                    return v
                return sympy.Rational(str(v)) if grammar.exact and isinstance(v, float) else sympy.sympify(v)
            if isinstance(v, str) and grammar.strings:
                if len(v) > MAX_DIGITS:
                    raise BadAnswer(f"a text in the formula is too long (over {MAX_DIGITS} characters)")
                return v
            raise BadAnswer(f"{ast.unparse(node)[:60]!r} is not allowed in a formula")
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            v = build(node.operand)
            return -v if isinstance(node.op, ast.USub) else v
        if isinstance(node, (ast.Tuple, ast.List)) and not grammar.operators:
            return [build(e) for e in node.elts]
        if isinstance(node, ast.BinOp) and grammar.operators and type(node.op).__name__ in _BINOPS:
            return _BINOPS[type(node.op).__name__](build(node.left), build(node.right))
        if isinstance(node, ast.Name):
            name = node.id
            if name in local:
                return local[name]
            if name in grammar.constants:
                return grammar.constants[name]
            if grammar.symbols is None and grammar.operators:
                return sympy.Symbol(check_name(name))
            if grammar.symbols is not None and name in grammar.symbols:
                return sympy.Symbol(check_name(name))
            raise BadAnswer(f"the name {name!r} is not allowed here" if grammar.operators
                            else f"symbolic answer uses the name {name!r}, which is not allowed")
        if isinstance(node, ast.Call):
            return call(node)
        raise BadAnswer(f"{type(node).__name__} is not allowed in a formula"
                        if not grammar.operators else f"{ast.unparse(node)[:60]!r} is not allowed in a formula")

    def call(node):
        # Function('f')(x): an undefined function applied to arguments (srepr).
        if isinstance(node.func, ast.Call):
            f = call(node.func)
            if not isinstance(f, UndefinedFunction):
                raise BadAnswer("symbolic answer applies something that is not a function")
            return f(*[build(a) for a in node.args])
        if not isinstance(node.func, ast.Name):
            raise BadAnswer(f"{ast.unparse(node.func)[:40]!r} cannot be called in a formula")
        name = node.func.id
        if grammar.operators and node.keywords:
            raise BadAnswer(f"{name}(...) takes no keyword arguments in a formula")
        args = [build(a) for a in node.args]
        if name in local and callable(local[name]):
            return local[name](*args)
        builder = grammar.calls.get(name)
        if builder is None:
            if grammar.functions is None and grammar.operators or \
                    (grammar.functions is not None and name in grammar.functions):
                return sympy.Function(check_name(name, "function"))(*args)
            raise BadAnswer(f"symbolic answer uses {name!r}, which is not on the allow-list"
                            if not grammar.operators else f"unknown function {name!r}")
        kwargs = {}
        for k in node.keywords:
            value = build(k.value)
            if k.arg in ASSUMPTIONS and isinstance(value, bool):
                kwargs[k.arg] = value
            elif k.arg == "precision" and name == "Float" and isinstance(value, int) \
                    and 0 < value <= MAX_PRECISION:
                kwargs[k.arg] = value
            elif k.arg == "dummy_index" and name == "Dummy" and isinstance(value, int):
                kwargs[k.arg] = value
            else:
                raise BadAnswer(f"{name}(...) does not take the keyword {k.arg!r} in an answer")
        if name in NAMED:
            if not args or not isinstance(args[0], str):
                raise BadAnswer(f"{name}(...) needs a name as its first argument")
            check_name(args[0], "function" if name == "Function" else "symbol")
        elif any(isinstance(a, str) for a in args):
            if name not in ("Float", "Integer", "Rational"):
                raise BadAnswer(f"{name}(...) does not take text arguments in an answer")
            args = [_check_number_text(a) if isinstance(a, str) else a for a in args]
        if name == "Mul":  # a product of numbers grows like the sum of their sizes
            bits = sum(max(int(a.p).bit_length(), int(a.q).bit_length()) for a in args
                       if getattr(a, "is_Rational", False))
            if bits > MAX_BITS:
                raise BadAnswer("a product in the answer is too large to compute (a number of more than "
                                f"{MAX_BITS} bits); no answer here needs such a number")
        try:
            return builder(*args, **kwargs)
        except StudentTimeout:
            raise  # the grader's own time limit, not a malformed answer
        except BadAnswer:
            raise
        except Exception as exc:  # malformed arguments
            raise BadAnswer(f"symbolic answer could not be rebuilt: {str(exc)[:200]}") from None

    return build(tree.body)


def _srepr_builders() -> dict:
    import sympy

    def matrix(*args):
        return sympy.ImmutableMatrix(*args)

    out = {}
    for name in SYMPY_ALLOWED:
        cls = getattr(sympy, name, None)
        if cls is not None:
            out[name] = cls
    for name in ("ImmutableDenseMatrix", "ImmutableMatrix", "MutableDenseMatrix", "Matrix"):
        out[name] = matrix
    out["Tuple"] = lambda *a: sympy.Tuple(*a)
    out["Pow"] = lambda b, e, **kw: check_power(b, e) if not kw else sympy.Pow(b, e, **kw)
    return out


def srepr_grammar() -> Grammar:
    import sympy
    consts = {n: getattr(sympy, n) for n in ("oo", "zoo", "nan", "pi", "I", "E")}
    consts.update({"true": sympy.true, "false": sympy.false, "True": True, "False": False})
    return Grammar(calls=_srepr_builders(), constants=consts, symbols=frozenset(),
                   functions=frozenset(), operators=False, strings=True, max_length=200_000)


def math_grammar(symbols=None, functions=None, extra_calls=None, exact: bool = False) -> Grammar:
    """Formulas: numbers, + - * / **, a few functions; symbols and functions as given (None: any)."""
    import sympy
    calls = {n: getattr(sympy, n) for n in ("exp", "log", "sqrt", "sin", "cos", "tan", "tanh",
                                            "sinh", "cosh", "Abs", "sign", "Max", "Min", "Heaviside")}
    calls.update(extra_calls or {})
    consts = {n: getattr(sympy, n) for n in ("pi", "E", "I", "oo", "nan", "zoo")}
    return Grammar(calls=calls, constants=consts,
                   symbols=None if symbols is None else frozenset(map(str, symbols)),
                   functions=None if functions is None else frozenset(map(str, functions)),
                   operators=True, strings=False, max_length=20_000, exact=exact)


def parse_srepr(text: str):
    """Rebuild a sympy expression from srepr text, allowing only known sympy classes."""
    if isinstance(text, str) and len(text) > 200_000:
        raise BadAnswer("symbolic answer is too large")
    return parse_formula(text, srepr_grammar())


def safe_parse_expr(text, local_dict=None, transformations=None, global_dict=None, evaluate=True):
    """Text to sympy without ``eval``: numbers, names, + - * / ** and a few functions.

    Stands in for sympy's ``parse_expr`` in the grader's process, so that sympy
    (and any check) can still read plain formulas like ``"a*(1 - a)"`` (sympy's
    own modules sympify short constant strings too), while ``__import__(...)``,
    attributes, lambdas and everything else are refused.
    """
    if not isinstance(text, str) or len(text) > 20_000:
        raise BadAnswer("a text answer was given where a sympy expression is expected")
    return parse_formula(text, math_grammar(), local=local_dict)


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


def is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(float(x))
