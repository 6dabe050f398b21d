"""The ``ex`` object a check receives: the student's module behind the plain-data boundary.

``LocalSubmission`` wraps a module imported in the same process (a student's
``pytest`` self-check); ``RemoteSubmission`` talks to a worker process that holds
the student's code (grading).  Both behave the same way: every argument and
every answer is encoded and decoded by ``grader.wire``, so a check that passes
in one mode passes in the other.
"""
from __future__ import annotations

import traceback

from . import wire
from .wire import BadAnswer, NotImplementedYet, StudentException, StudentError


def _roundtrip(value):
    return wire.loads(wire.dumps(value))


def describe_exception(exc: BaseException, filename: str | None, name: str) -> StudentError:
    """A plain-words report of an exception raised by student code."""
    if isinstance(exc, NotImplementedError):
        return NotImplementedYet(f"`{name}` is not implemented yet")
    if isinstance(exc, StudentError):
        return exc
    line = ""
    if filename:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
        if frames:
            line = f" (line {frames[-1].lineno}: {frames[-1].line.strip() if frames[-1].line else ''})"
    text = str(exc)
    if len(text) > 300:
        text = text[:297] + "..."
    if isinstance(exc, MemoryError):
        return StudentException(f"`{name}` ran out of memory{line}")
    return StudentException(f"`{name}` raised {type(exc).__name__}: {text}{line}".rstrip(": "))


def _fresh_probe(fn):
    """The probe rebuilt from its source alone, exactly as the worker runs it."""
    source = getattr(fn, "nndl_probe_source", None)
    if source is None:
        raise TypeError(f"{fn.__name__} is not marked with @probe")
    import math
    import random

    import numpy as np
    ns = {"np": np, "math": math, "random": random, "__name__": "nndl_probe"}
    exec(compile(source, f"<probe {fn.__name__}>", "exec"), ns)
    return ns[fn.__name__]


class LocalSubmission:
    """The student's module, imported in this process."""

    def __init__(self, module, label: str = ""):
        object.__setattr__(self, "_module", module)
        object.__setattr__(self, "_label", label or module.__name__)
        object.__setattr__(self, "_file", getattr(module, "__file__", None))

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        mod = self._module
        if not hasattr(mod, name):
            raise StudentError(f"{self._label} has no `{name}`; define it (check the spelling)")
        value = getattr(mod, name)
        if callable(value):
            def call(*args, **kwargs):
                args, kwargs = _roundtrip(args), _roundtrip(kwargs)
                try:
                    result = value(*args, **kwargs)
                except BaseException as exc:  # noqa: BLE001 - student code may raise anything
                    if isinstance(exc, (KeyboardInterrupt,)) and not self._file:
                        raise
                    raise describe_exception(exc, self._file, name) from exc
                return self._answer(result, name)
            call.__name__ = name
            return call
        return self._answer(value, name)

    def _answer(self, value, name):
        try:
            return _roundtrip(value)
        except BadAnswer as exc:
            raise BadAnswer(f"`{name}`: {exc}") from None

    def probe(self, fn, *args, **kwargs):
        fn = _fresh_probe(fn)
        try:
            result = fn(self._module, *_roundtrip(args), **_roundtrip(kwargs))
        except StudentError:
            raise
        except BaseException as exc:  # noqa: BLE001
            raise describe_exception(exc, self._file, fn.__name__) from exc
        return self._answer(result, fn.__name__)


class RemoteSubmission:
    """The student's module living in a worker process; see grader.sandbox."""

    def __init__(self, session, label: str):
        object.__setattr__(self, "_session", session)
        object.__setattr__(self, "_label", label)
        object.__setattr__(self, "_callables", {})

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        kind = self._callables.get(name)
        if kind is None:
            reply = self._session.request({"op": "getattr", "name": name})
            if reply.get("callable"):
                self._callables[name] = "callable"
                kind = "callable"
            else:
                return wire.decode(reply["ok"])
        def call(*args, **kwargs):
            reply = self._session.request({"op": "call", "name": name,
                                           "args": wire.encode(args), "kwargs": wire.encode(kwargs)})
            return wire.decode(reply["ok"])
        call.__name__ = name
        return call

    def probe(self, fn, *args, **kwargs):
        source = getattr(fn, "nndl_probe_source", None)
        if source is None:
            raise TypeError(f"{fn.__name__} is not marked with @probe")
        reply = self._session.request({"op": "probe", "name": fn.__name__, "source": source,
                                       "args": wire.encode(args), "kwargs": wire.encode(kwargs)})
        return wire.decode(reply["ok"])
