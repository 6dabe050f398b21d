"""Grading: run each exercise's checks against a submission, exercise by exercise.

The checks run here, in the grader's process; the student's code runs in a
worker child (grader.sandbox) and only plain data comes back.  One exercise's
failure, crash or endless loop costs that exercise only.
"""
from __future__ import annotations

import contextlib
import importlib.util
import signal
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import catalogue
from .catalogue import Exercise
from .sandbox import Limits, Worker
from .submission import RemoteSubmission
from . import wire
from .wire import NotImplementedYet, StudentCrash, StudentError, StudentTimeout
from .worker import seed_all

MAX_TIMEOUTS_PER_EXERCISE = 2


@dataclass
class Check:
    name: str
    fn: object
    weight: float
    hidden: bool


@dataclass
class CheckResult:
    name: str
    hidden: bool
    weight: float
    outcome: str          # passed / failed / not_implemented / error / timeout / crash / skipped
    message: str = ""
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.outcome == "passed"


@dataclass
class ExerciseResult:
    id: str
    title_en: str
    title_zh: str
    points: float
    manual_points: float
    score: float
    status: str           # passed / failing / not started / error
    message: str          # the first failing check's message, in plain words
    checks: list[CheckResult] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d["checks"] = [asdict(c) for c in self.checks]
        return d


# ------------------------------------------------------------------ collecting checks

_loaded: dict[Path, object] = {}


def _load(path: Path):
    if path not in _loaded:
        name = "nndl_checks." + "_".join(path.with_suffix("").parts[-3:])
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
        _loaded[path] = mod
    return _loaded[path]


def collect(ex: Exercise, hidden: bool = True) -> list[Check]:
    paths = [(ex.visible_path, False)]
    if hidden:
        paths.append((ex.hidden_path, True))
    checks = []
    for path, is_hidden in paths:
        if not path.exists():
            continue
        mod = _load(path)
        for name, fn in vars(mod).items():
            if name.startswith("test_") and callable(fn) and getattr(fn, "__module__", "") == mod.__name__:
                checks.append(Check(name, fn, float(getattr(fn, "nndl_weight", 1.0)), is_hidden))
    return checks


def hidden_available() -> bool:
    return catalogue.HIDDEN_DIR.is_dir()


# ------------------------------------------------------------------ grading

def _classify(exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, NotImplementedYet):
        return "not_implemented", str(exc)
    if isinstance(exc, StudentTimeout):
        return "timeout", str(exc)
    if isinstance(exc, StudentCrash):
        return "crash", str(exc)
    if isinstance(exc, StudentError):
        return "error", str(exc)
    if isinstance(exc, AssertionError):
        return "failed", (str(exc) or "the check failed").strip()
    # The check itself tripped over the answer (e.g. a wrong type or shape).
    text = str(exc)
    return "failed", f"your answer could not be checked ({type(exc).__name__}{': ' + text if text else ''})"


CHECK_SECONDS = 60.0


class CheckTimeout(StudentTimeout):
    """The grader's own work on an answer (e.g. simplifying a huge expression) took too long."""


@contextlib.contextmanager
def check_time_limit(seconds: float):
    """Bound one check's wall time in the grader's process (main thread only).

    Calls into the student's code have their own limits in the worker; this
    bounds what the check does with the answer, so a pathological answer (a
    gigantic sympy expression, say) cannot hang the grader.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def on_alarm(signum, frame):
        raise CheckTimeout(f"checking your answer took more than {seconds:.0f} s; "
                           "is it far larger or more complicated than it needs to be?")

    outer, _ = signal.getitimer(signal.ITIMER_REAL)  # e.g. pytest's own time limit
    started = time.monotonic()
    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds if not outer else min(seconds, outer))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))


def run_checks(ex: Exercise, checks: list[Check], open_submission) -> ExerciseResult:
    """Run the checks; ``open_submission()`` gives a fresh (ex, close) pair."""
    results: list[CheckResult] = []
    start = time.perf_counter()
    timeouts = 0
    sub, close = open_submission()
    try:
        for check in checks:
            if timeouts >= MAX_TIMEOUTS_PER_EXERCISE:
                results.append(CheckResult(check.name, check.hidden, check.weight, "skipped",
                                           "not run: this exercise's code timed out twice already"))
                continue
            t0 = time.perf_counter()
            seed_all()  # the check's own random numbers, as under pytest
            try:
                with check_time_limit(max(CHECK_SECONDS, 4 * ex.timeout)):
                    start_check = getattr(sub, "start_check", None)
                    if start_check is not None:
                        start_check()  # and the student's code starts from the same seed
                    check.fn(sub)
                outcome, message = "passed", ""
            except Exception as exc:  # noqa: BLE001 - every failure becomes a result
                outcome, message = _classify(exc)
            if outcome in ("timeout", "crash"):
                timeouts += outcome == "timeout"
                close()
                sub, close = open_submission()
            results.append(CheckResult(check.name, check.hidden, check.weight, outcome,
                                       message, round(time.perf_counter() - t0, 3)))
    finally:
        close()
    return summarise(ex, results, time.perf_counter() - start)


def check_label(name: str, hidden: bool) -> str:
    """How feedback names a check: its name, marked hidden (its code is never shown)."""
    return f"hidden check {name}" if hidden else name


def summarise(ex: Exercise, results: list[CheckResult], seconds: float) -> ExerciseResult:
    total = sum(r.weight for r in results) or 1.0
    earned = sum(r.weight for r in results if r.passed)
    score = round(ex.points * earned / total, 2)
    failing = [r for r in results if not r.passed]
    if not results:
        status, message = "error", "this exercise has no checks"
        score = 0.0
    elif not failing:
        status, message = "passed", ""
    elif all(r.outcome == "not_implemented" for r in results):
        status, message = "not started", "not implemented yet"
    elif all(r.outcome == "error" for r in results) and len({r.message for r in results}) == 1:
        status, message = "error", failing[0].message
    else:
        status = "failing"
        first = failing[0]
        where = check_label(first.name, first.hidden)
        message = f"{where}: {first.message}"
    return ExerciseResult(ex.id, ex.title_en, ex.title_zh, ex.points, ex.manual_points, score,
                          status, message, results, round(seconds, 3))


def _needs_sympy(ex: Exercise, root: Path) -> bool:
    """Import sympy in the worker (once) only for exercises that use it."""
    if ex.kind == "symbolic":
        return True
    try:
        return "sympy" in (root / ex.relpath).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def exercise_limits(ex: Exercise) -> Limits:
    return Limits(call_seconds=ex.timeout, cpu_seconds=max(120.0, 6 * ex.timeout))


def grade(root: Path, exercises: list[Exercise], hidden: bool = True, isolation: str = "auto",
          on_result=None, worker: Worker | None = None, subdir: str = "",
          limits: Limits | None = None) -> list[ExerciseResult]:
    """Grade the submission folder ``root`` on ``exercises``.

    With a shared ``worker`` (trusted batches only, e.g. the kit's own tests), the
    submission is the folder ``subdir`` of the worker's root.  ``limits`` replaces
    every exercise's own bounds (the kit's tests use short ones).
    """
    root = Path(root).resolve()
    wire.forbid_text_parsing()
    out = []
    own = worker is None
    worker = worker or Worker(root, isolation)
    if own:
        worker.start()
    # The submission folder as the grader sees it (checks read handed-in data files from it).
    files_root = worker.root / subdir if subdir else root
    try:
        for ex in exercises:
            lim = limits or exercise_limits(ex)
            checks = collect(ex, hidden=hidden)
            state = {}
            deadline = time.monotonic() + lim.exercise_seconds()

            preload = ("sympy",) if _needs_sympy(ex, root / subdir) else ()

            def open_submission(ex=ex, limits=lim, state=state, deadline=deadline, preload=preload):
                session = worker.session(ex.module, limits, subdir=subdir, deadline=deadline,
                                         preload=preload)
                state["session"] = session
                return RemoteSubmission(session, ex.relpath, root=files_root), session.close

            try:
                result = run_checks(ex, checks, open_submission)
            except RuntimeError as exc:  # the worker itself could not be (re)started
                result = summarise(ex, [CheckResult(c.name, c.hidden, c.weight, "error",
                                                    f"the grader could not run this exercise: {exc}")
                                        for c in checks], 0.0)
            out.append(result)
            if on_result:
                on_result(result)
    finally:
        if own:
            worker.close()
    return out


def totals(results: list[ExerciseResult]) -> dict:
    return {
        "score": round(sum(r.score for r in results), 2),
        "points": round(sum(r.points for r in results), 2),
        "manual_points": round(sum(r.manual_points for r in results), 2),
        "exercises": len(results),
        "passed": sum(r.status == "passed" for r in results),
    }
