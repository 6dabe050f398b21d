"""The ``ex`` object a check receives: the student's module behind the plain-data boundary.

``LocalSubmission`` wraps a module imported in the same process (a student's
``pytest`` self-check); ``RemoteSubmission`` talks to a worker process that holds
the student's code (grading).  Both behave the same way: every argument and
every answer is encoded and decoded by ``grader.wire``, so a check that passes
in one mode passes in the other.

Randomness too: the student's code draws from random sources of its own, seeded
at the start of every check (``start_check``), apart from the check's; in the
worker they live in another process, here they are swapped in around each call.
"""
from __future__ import annotations

import contextlib
import errno
import os
import random
import stat
from pathlib import Path

import numpy as np

from . import wire
from .wire import ERROR_KINDS, BadAnswer, StudentError
from .worker import describe, probe_function, seed_all


MAX_FILE_BYTES = 32 << 20


def read_submission_file(root, relpath: str, max_bytes: int = MAX_FILE_BYTES) -> bytes | None:
    """The bytes of the regular file ``relpath`` inside the submission folder ``root``.

    For checks that grade a data file the student hands in (e.g. a trained
    model): read in the grader's process as bytes, never imported or run.
    ``relpath`` is a plain relative path (no ``..``, no absolute path); no
    symbolic link is followed at any level (each component is opened with
    O_NOFOLLOW under the folder before it); only a regular file of at most
    ``max_bytes`` is read.  Returns None when the file does not exist; any other
    defect is a StudentError whose message says what to do.
    """
    parts = Path(relpath).parts
    if not parts or Path(relpath).is_absolute() or any(p in ("..", ".", "") for p in parts):
        raise ValueError(f"not a plain relative path: {relpath!r}")
    if root is None:
        raise StudentError(f"{relpath} cannot be found: the check does not know where the submission is")
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    flags_dir = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | nofollow
    try:
        fd = os.open(str(root), os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    try:
        for part in parts[:-1]:
            try:
                nxt = os.open(part, flags_dir, dir_fd=fd)
            except FileNotFoundError:
                return None
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise StudentError(f"{relpath}: the folder {part} is a link or not a folder; "
                                       "hand in a plain file in a plain folder") from None
                raise StudentError(f"{relpath} could not be read ({exc.strerror})") from None
            os.close(fd)
            fd = nxt
        try:
            ffd = os.open(parts[-1], os.O_RDONLY | nofollow | getattr(os, "O_NONBLOCK", 0), dir_fd=fd)
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise StudentError(f"{relpath} is a symbolic link; hand in the file itself") from None
            raise StudentError(f"{relpath} could not be read ({exc.strerror})") from None
        try:
            st = os.fstat(ffd)
            if not stat.S_ISREG(st.st_mode):
                raise StudentError(f"{relpath} is not a plain file; hand in the file itself")
            if st.st_size > max_bytes:
                raise StudentError(f"{relpath} is {st.st_size / (1 << 20):.1f} MB, more than the "
                                   f"{max_bytes / (1 << 20):g} MB the grader reads")
            chunks, total = [], 0
            while True:
                block = os.read(ffd, min(1 << 20, max_bytes + 1 - total))
                if not block:
                    break
                chunks.append(block)
                total += len(block)
                if total > max_bytes:
                    raise StudentError(f"{relpath} is larger than the {max_bytes / (1 << 20):g} MB the grader reads")
            return b"".join(chunks)
        finally:
            os.close(ffd)
    finally:
        os.close(fd)


def _roundtrip(value):
    return wire.loads(wire.dumps(value))


def describe_exception(exc: BaseException, filename: str | None, name: str) -> StudentError:
    """A plain-words report of an exception raised by student code (worker.describe's words)."""
    if isinstance(exc, StudentError):
        return exc
    reply = describe(exc, filename, name)
    return ERROR_KINDS.get(reply["error"], StudentError)(reply["message"])


PROBE_PACKAGE = "grader.probes."


def probe_source(fn) -> str:
    """The source of a probe, which must live in grader/probes/ (public code).

    A probe runs next to the student's code, which can read it: so probes are
    never defined in a check file (a hidden check's code would travel with it).
    """
    source = getattr(fn, "nndl_probe_source", None)
    if source is None:
        raise TypeError(f"{fn.__name__} is not marked with @probe")
    if not (getattr(fn, "__module__", "") or "").startswith(PROBE_PACKAGE):
        raise TypeError(f"the probe {fn.__name__} is defined in {fn.__module__}; probes are public "
                        "code and live in grader/probes/chN/NAME.py")
    return source


def _random_states():
    return random.getstate(), np.random.get_state()


def _set_random_states(states) -> None:
    random.setstate(states[0])
    np.random.set_state(states[1])


def _seeded_states():
    """Freshly seeded random states, leaving the current ones as they are."""
    outer = _random_states()
    seed_all()
    seeded = _random_states()
    _set_random_states(outer)
    return seeded


class LocalSubmission:
    """The student's module, imported in this process."""

    def __init__(self, module, label: str = "", root=None, flat: bool = False):
        object.__setattr__(self, "_module", module)
        object.__setattr__(self, "_label", label or module.__name__)
        object.__setattr__(self, "_file", getattr(module, "__file__", None))
        object.__setattr__(self, "_root", root)  # the submission folder, for read_file
        object.__setattr__(self, "_flat", flat)  # a notebook's folder: files sit next to it
        self.start_check()

    def read_file(self, relpath: str, max_bytes: int = MAX_FILE_BYTES) -> bytes | None:
        """A file the student hands in, as bytes (None if missing); see read_submission_file.

        In a notebook (``flat``), ``ch3/final_model.npz`` is ``final_model.npz`` next to it.
        """
        if self._flat:
            relpath = Path(relpath).name
        return read_submission_file(self._root, relpath, max_bytes)

    def start_check(self) -> None:
        """The student's random sources start again from the seed."""
        object.__setattr__(self, "_random", _seeded_states())

    @contextlib.contextmanager
    def _student_random(self):
        outer = _random_states()
        _set_random_states(self._random)
        try:
            yield
        finally:
            object.__setattr__(self, "_random", _random_states())
            _set_random_states(outer)

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
                    with self._student_random():
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
        fn = probe_function(probe_source(fn), fn.__name__)  # from its source alone, as in the worker
        try:
            with self._student_random():
                result = fn(self._module, *_roundtrip(args), **_roundtrip(kwargs))
        except StudentError:
            raise
        except BaseException as exc:  # noqa: BLE001
            raise describe_exception(exc, self._file, fn.__name__) from exc
        return self._answer(result, fn.__name__)


class RemoteSubmission:
    """The student's module living in a worker process; see grader.sandbox."""

    def __init__(self, session, label: str, root=None):
        object.__setattr__(self, "_session", session)
        object.__setattr__(self, "_label", label)
        object.__setattr__(self, "_callables", {})
        object.__setattr__(self, "_root", root)  # the grader's copy of the submission folder

    def read_file(self, relpath: str, max_bytes: int = MAX_FILE_BYTES) -> bytes | None:
        """A file the student hands in, read by the grader (never by the student's code)."""
        return read_submission_file(self._root, relpath, max_bytes)

    def start_check(self) -> None:
        """The student's random sources start again from the seed."""
        self._session.request({"op": "seed", "name": "start_check"})

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
        reply = self._session.request({"op": "probe", "name": fn.__name__, "source": probe_source(fn),
                                       "args": wire.encode(args), "kwargs": wire.encode(kwargs)})
        return wire.decode(reply["ok"])
