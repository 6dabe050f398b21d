"""The plain-data boundary: what may cross, and what is refused."""
from __future__ import annotations

import base64
import io
import json
import pickle

import numpy as np
import pytest
import sympy

from grader import wire
from grader.wire import BadAnswer


@pytest.mark.parametrize("value", [
    None, True, 3, -2.5, "text", [1, 2.0, "x"], (1, (2, 3)), {"a": 1, 2: [3]},
    float("inf"), 1 + 2j,
])
def test_plain_values_round_trip(value):
    assert wire.loads(wire.dumps(value)) == value, f"{value!r} did not survive the round trip"


def test_float_nan_round_trips_as_nan():
    out = wire.loads(wire.dumps(float("nan")))
    assert out != out, "NaN should come back as NaN"


def test_arrays_round_trip_with_dtype_and_shape():
    for arr in (np.arange(12.0).reshape(3, 4), np.array([1, 2], dtype=np.int8), np.zeros((2, 0)),
                np.float64(2.5), np.array(True)):
        back = wire.loads(wire.dumps(arr))
        assert np.array_equal(back, arr) and np.asarray(back).dtype == np.asarray(arr).dtype, f"{arr!r}"


def test_numpy_subclass_arrives_as_plain_ndarray():
    class Liar(np.ndarray):
        def __eq__(self, other):
            return True

    liar = np.array([1.0, 2.0]).view(Liar)
    back = wire.loads(wire.dumps(liar))
    assert type(back) is np.ndarray, f"got {type(back)}"
    assert not np.array_equal(back, [5.0, 6.0]), "the plain numbers must not compare equal to anything"


def test_objects_functions_and_object_arrays_are_refused():
    class AlwaysEqual:
        def __eq__(self, other):
            return True

    for bad, words in [(AlwaysEqual(), "cannot read"), (lambda: 1, "function"),
                       (np.array([object()], dtype=object), "Python objects")]:
        with pytest.raises(BadAnswer, match=words):
            wire.dumps(bad)


def test_pickled_array_payload_is_refused():
    # An .npy with an object array can only be read with pickle, which decode never allows.
    buf = io.BytesIO()
    np.save(buf, np.array([{"x": 1}], dtype=object), allow_pickle=True)
    payload = json.dumps({"__ndarray__": base64.b64encode(buf.getvalue()).decode()}).encode()
    with pytest.raises(ValueError):
        wire.loads(payload)


def test_raw_pickle_bytes_are_not_json():
    with pytest.raises(ValueError):
        wire.loads(pickle.dumps([1, 2]))


def test_sympy_expressions_round_trip():
    z, a = sympy.symbols("z a", real=True)
    f = sympy.Function("f")
    for expr in (1 / (1 + sympy.exp(-z)), a * (1 - a) + sympy.Rational(1, 3), sympy.tanh(z / 2),
                 f(z) ** 2, sympy.Matrix([[a, 1], [0, z]])):
        back = wire.loads(wire.dumps(expr))
        assert sympy.simplify(back - expr) == 0 if not isinstance(expr, sympy.MatrixBase) \
            else back == sympy.ImmutableMatrix(expr), f"{expr} came back as {back}"


@pytest.mark.parametrize("text", [
    "__import__('os').system('true')",
    "Symbol('x').__class__",
    "eval('1')",
    "Integer(1) + Integer(2)",
    "Symbol('x')(1)",
    "getattr(Integer(1), 'evalf')",
    "lambda: 1",
])
def test_srepr_parser_refuses_anything_but_sympy_constructors(text):
    with pytest.raises(BadAnswer):
        wire.parse_srepr(text)


# ------------------------------------------------ answers that would stall the grader

HUGE = [
    "Pow(Integer(3), Integer(1000000000000))",
    "Pow(Integer(-7), Integer(99999999999))",
    "Mul(Integer(2), Pow(Integer(10), Integer(10000000000)))",
    "Pow(Rational(3, 2), Integer(100000000000))",
    "Integer(" + "9" * 5000 + ")",
]


@pytest.mark.parametrize("text", HUGE, ids=range(len(HUGE)))
def test_srepr_parser_refuses_numbers_too_large_to_build(text):
    # Built as asked, each is a number with billions of digits: minutes of C code
    # that no time limit interrupts.  Refused at once, with a plain message.
    import time
    started = time.monotonic()
    with pytest.raises(BadAnswer, match="too large"):
        wire.parse_srepr(text)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("text", ["3**1000000000000", "2**10**12", "(-5)**99999999999 * x"])
def test_text_parser_refuses_numbers_too_large_to_build(text):
    with pytest.raises(BadAnswer, match="too large"):
        wire.safe_parse_expr(text)


def test_ordinary_powers_still_parse():
    x = sympy.Symbol("x")
    assert wire.parse_srepr("Pow(Integer(2), Integer(64))") == 2 ** 64
    assert wire.parse_srepr("Pow(Symbol('x'), Integer(100000))") == x ** 100000
    assert wire.safe_parse_expr("x**2 + 2**10") == x ** 2 + 1024
    assert wire.safe_parse_expr("exp(-x)**3") == sympy.exp(-3 * x)


def test_grader_time_limit_is_not_swallowed_as_a_bad_answer():
    # The check's time limit (a StudentTimeout raised by SIGALRM) must reach the
    # runner as a timeout, not be reported as "could not be rebuilt".
    from grader.runner import CheckTimeout, check_time_limit

    class Slow(sympy.Function):
        @classmethod
        def eval(cls, arg):
            import time
            time.sleep(5)

    sympy.Slow = Slow
    try:
        allowed = wire.SYMPY_ALLOWED
        wire.SYMPY_ALLOWED = allowed | {"Slow"}
        with pytest.raises(CheckTimeout):
            with check_time_limit(0.3):
                wire.parse_srepr("Slow(Symbol('x'))")
    finally:
        wire.SYMPY_ALLOWED = allowed
        del sympy.Slow
