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
