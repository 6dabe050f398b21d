"""pytest plumbing for self-checks: the ``ex`` fixture and the ``--target`` option.

A check file ``tests/ch1/test_bitwise_output.py`` (or the hidden twin under
``grader/hidden/ch1/``) checks the module ``ch1/bitwise_output.py`` of the
target folder: ``exercises/`` for a student, ``solutions/`` for the kit's own CI,
or any folder given with ``--target PATH`` or ``NNDL_TARGET``.
"""
from __future__ import annotations

import importlib
import os
import signal
import sys
from pathlib import Path

import pytest

from . import ROOT
from .submission import LocalSubmission
from .worker import seed_all

DEFAULT_TIMEOUT = 120


def pytest_addoption(parser):
    group = parser.getgroup("nndl")
    group.addoption("--target", default=None,
                    help="which answers the checks run against: exercises (default), "
                         "solutions, or a folder laid out like exercises/")
    group.addoption("--check-timeout", type=float, default=None,
                    help=f"seconds one check may run before it fails (default {DEFAULT_TIMEOUT})")


def target_root(config) -> Path:
    value = config.getoption("--target") or os.environ.get("NNDL_TARGET") or "exercises"
    if value in ("exercises", "solutions"):
        return ROOT / value
    path = Path(value).expanduser().resolve()
    if not path.is_dir():
        raise pytest.UsageError(f"--target {value}: no such folder; give exercises, solutions or a path")
    return path


def pytest_report_header(config):
    return f"nndl-kit: checking the answers in {target_root(config)}"


def exercise_of(path: Path) -> tuple[str, str] | None:
    """('ch1', 'bitwise_output') for .../ch1/test_bitwise_output.py, else None."""
    chapter = path.parent.name
    if chapter.startswith("ch") and chapter[2:].isdigit() and path.name.startswith("test_"):
        return chapter, path.stem[len("test_"):]
    return None


def load_target_module(root: Path, chapter: str, name: str):
    file = root / chapter / f"{name}.py"
    if not file.exists():
        pytest.fail(f"{file} does not exist: the exercise file is missing", pytrace=False)
    root_str = str(root)
    if root_str not in sys.path:
        sys.path.insert(0, root_str)
    modname = f"{chapter}.{name}"
    cached = sys.modules.get(modname)
    if cached is not None and Path(getattr(cached, "__file__", "")).resolve() == file.resolve():
        return cached
    sys.modules.pop(modname, None)
    seed_all()  # as in the worker, the import sees seeded random sources
    try:
        return importlib.import_module(modname)
    except SyntaxError as exc:
        pytest.fail(f"{chapter}/{name}.py has a syntax error on line {exc.lineno}: {exc.msg}", pytrace=False)
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"{chapter}/{name}.py fails to import: {type(exc).__name__}: {exc}", pytrace=False)


@pytest.fixture
def ex(request):
    """The student's module for this check file, behind the plain-data boundary."""
    found = exercise_of(Path(str(request.node.fspath)))
    if found is None:
        pytest.fail("the ex fixture works only in a check file tests/chN/test_<exercise>.py", pytrace=False)
    chapter, name = found
    module = load_target_module(target_root(request.config), chapter, name)
    seed_all()  # the check's own random numbers; the student's code has its own, seeded too
    return LocalSubmission(module, label=f"{chapter}/{name}.py", root=target_root(request.config))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    seconds = item.config.getoption("--check-timeout") or DEFAULT_TIMEOUT
    if item.get_closest_marker("slow"):
        seconds = max(seconds, 1200)
    usable = hasattr(signal, "SIGALRM") and item.config.pluginmanager.hasplugin("nndl")

    def on_alarm(signum, frame):
        raise TimeoutError(f"this check ran for more than {seconds:.0f} s; "
                           "is there an endless loop in your code?")

    if usable:
        old = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if usable:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
