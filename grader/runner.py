"""Grading: run each exercise's checks against a submission, exercise by exercise.

The checks run here, in the grader's process; the student's code runs in a
worker child (grader.sandbox) and only plain data comes back.  One exercise's
failure, crash or endless loop costs that exercise only.
"""
from __future__ import annotations

import collections
import contextlib
import ctypes
import importlib.util
import os
import random
import shutil
import signal
import sys
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from . import catalogue, untrusted
from .catalogue import Exercise
from .sandbox import ImportFailed, Limits, Worker
from .submission import RemoteSubmission
from . import wire
from .wire import NotImplementedYet, StudentCrash, StudentError, StudentTimeout
from .worker import seed_all

MAX_TIMEOUTS_PER_EXERCISE = 2
SUBMISSION_SECONDS = Limits().submission_seconds  # the whole submission's time budget (NNDL_BUDGET_SECONDS)
LANES = 2             # exercises of one submission graded at once, while they wait on student code
SPILL_SECONDS = 2.0   # a lane that has waited this long on student code lets another lane start
BUDGET_USED_UP = "not graded: time budget used up"


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
    """Bound one check's wall time in the grader's process.

    Calls into the student's code have their own limits in the worker; this
    bounds what the check does with the answer, so a pathological answer (a
    gigantic sympy expression, say) cannot hang the grader.  In the main thread
    a SIGALRM timer does it; in another thread (grader.runner's lanes) a timer
    thread raises the same exception in the checking thread.
    """
    message = (f"checking your answer took more than {seconds:.0f} s; "
               "is it far larger or more complicated than it needs to be?")
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        with _thread_time_limit(seconds, message):
            yield
        return

    def on_alarm(signum, frame):
        raise CheckTimeout(message)

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


@contextlib.contextmanager
def _thread_time_limit(seconds: float, message: str):
    """CheckTimeout raised in this thread after ``seconds`` (at its next Python instruction)."""
    tid = threading.get_ident()
    cls = type("CheckTimeout", (CheckTimeout,), {"__init__": lambda self: CheckTimeout.__init__(self, message)})
    state = {"active": True, "fired": False}
    lock = threading.Lock()

    def fire():
        with lock:
            if state["active"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(cls))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["active"] = False
            timer.cancel()
            if state["fired"]:  # not yet delivered (or delivered already: then this is a no-op)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)


def run_checks(ex: Exercise, checks: list[Check], open_submission,
               budget_deadline: float | None = None) -> ExerciseResult:
    """Run the checks; ``open_submission()`` gives a fresh (ex, close) pair.

    An import that fails (hangs or kills its process) ends the exercise: the
    remaining checks are not run.  Past ``budget_deadline`` (time.monotonic())
    the remaining checks are not run either: the submission's time is used up.
    """
    results: list[CheckResult] = []
    start = time.perf_counter()
    timeouts = 0
    lost = ""  # why the remaining checks are not run
    sub, close = None, (lambda: None)
    try:
        for check in checks:
            if not lost and budget_deadline is not None and time.monotonic() >= budget_deadline:
                lost = budget_message(budget_deadline)
            if not lost and timeouts >= MAX_TIMEOUTS_PER_EXERCISE:
                lost = "not run: this exercise's code timed out twice already"
            if lost:
                results.append(CheckResult(check.name, check.hidden, check.weight, "skipped", lost))
                continue
            t0 = time.perf_counter()
            if sub is None:
                sub, close = open_submission()  # RuntimeError: the worker cannot start
            seed_all()  # the check's own random numbers, as under pytest
            try:
                limit = max(CHECK_SECONDS, 4 * ex.timeout)
                if budget_deadline is not None:
                    limit = max(min(limit, budget_deadline - time.monotonic()), 1.0)
                with check_time_limit(limit):
                    start_check = getattr(sub, "start_check", None)
                    if start_check is not None:
                        start_check()  # and the student's code starts from the same seed
                    check.fn(sub)
                outcome, message = "passed", ""
            except Exception as exc:  # noqa: BLE001 - every failure becomes a result
                outcome, message = _classify(exc)
                if isinstance(exc, ImportFailed):
                    lost = exc.args[0] if exc.args else "the module could not be imported"
            if outcome in ("timeout", "crash"):
                timeouts += outcome == "timeout"
                close()
                sub, close = None, (lambda: None)
            results.append(CheckResult(check.name, check.hidden, check.weight, outcome,
                                       message, round(time.perf_counter() - t0, 3)))
    finally:
        close()
    return summarise(ex, results, time.perf_counter() - start)


def budget_message(budget_deadline: float | None = None, seconds: float | None = None) -> str:
    what = f" of {seconds:.0f} s" if seconds else ""
    return (f"{BUDGET_USED_UP}: grading this submission used up its time{what} on other exercises "
            "(endless loops or very slow code elsewhere?); fix those and submit again")


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
    elif all(r.outcome == "skipped" and r.message.startswith(BUDGET_USED_UP) for r in results):
        status, message = "error", failing[0].message
    else:
        status = "failing"
        first = failing[0]
        where = check_label(first.name, first.hidden)
        message = f"{where}: {first.message}"
    return ExerciseResult(ex.id, ex.title_en, ex.title_zh, ex.points, ex.manual_points, score,
                          status, message, results, round(seconds, 3))


def _needs_sympy(ex: Exercise, root: Path) -> bool:
    """Import sympy in the worker (once) only for exercises that use it.

    ``root`` is the worker's copy of the submission (regular files only, bounded).
    """
    if ex.kind == "symbolic":
        return True
    try:
        return b"sympy" in untrusted.read_file(root, ex.relpath)
    except OSError:  # untrusted.Refused is one
        return False


def exercise_limits(ex: Exercise) -> Limits:
    return Limits(call_seconds=ex.timeout, cpu_seconds=max(120.0, 6 * ex.timeout))


def left_out(ex: Exercise, checks: list[Check], reason: str) -> ExerciseResult:
    """The result of an exercise whose file the grader did not read (a link, a FIFO, too large...)."""
    return summarise(ex, [CheckResult(c.name, c.hidden, c.weight, "error", reason) for c in checks], 0.0)


def clean_result(result: ExerciseResult, paths: untrusted.HostPaths | None) -> ExerciseResult:
    """The result as it may be shown: host paths rewritten, no terminal control characters.

    Every output (terminal table, JSON, gradebook, Gradescope, nbgrader feedback)
    is made from results that passed through here.
    """
    checks = [replace(c, message=untrusted.clean(c.message, paths)) for c in result.checks]
    return replace(result, message=untrusted.clean(result.message, paths), checks=checks)


def default_budget() -> float:
    """The whole submission's time budget: NNDL_BUDGET_SECONDS (``nndl grade --budget``), else 150 s."""
    try:
        value = float(os.environ.get("NNDL_BUDGET_SECONDS", ""))
    except ValueError:
        return SUBMISSION_SECONDS
    return value if value > 0 else SUBMISSION_SECONDS


class Gate:
    """One submission's lanes take turns: the grader's own code runs in one lane at a time.

    A lane holds the turn while it runs checks and gives it up only while it
    waits on the student's process (``waiting()``, called by the sandbox
    session), so exercises of one submission overlap only where they wait.  The
    checks' random numbers stay each lane's own: the global random states are
    saved when a lane gives up the turn and put back when it takes it again, so
    the result is the same as grading the exercises one after the other.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.waiting_since: dict[int, float] = {}

    @contextlib.contextmanager
    def turn(self):
        self.lock.acquire()
        try:
            yield
        finally:
            self.lock.release()

    @contextlib.contextmanager
    def waiting(self):
        import numpy as np
        states = random.getstate(), np.random.get_state()
        me = threading.get_ident()
        self.waiting_since[me] = time.monotonic()
        self.lock.release()
        try:
            yield
        finally:
            self.lock.acquire()
            self.waiting_since.pop(me, None)
            random.setstate(states[0])
            np.random.set_state(states[1])

    def longest_wait(self) -> float:
        now = time.monotonic()
        return max((now - t for t in list(self.waiting_since.values())), default=0.0)


def not_graded(ex: Exercise, checks: list[Check], message: str) -> ExerciseResult:
    return summarise(ex, [CheckResult(c.name, c.hidden, c.weight, "skipped", message) for c in checks], 0.0)


def grade(root: Path, exercises: list[Exercise], hidden: bool = True, isolation: str = "auto",
          on_result=None, worker: Worker | None = None, subdir: str = "",
          limits: Limits | None = None, refused: dict[str, str] | None = None,
          budget: float | None = None, lanes: int | None = None) -> list[ExerciseResult]:
    """Grade the submission folder ``root`` on ``exercises``.

    With a shared ``worker`` (trusted batches only, e.g. the kit's own tests), the
    submission is the folder ``subdir`` of the worker's root.  ``limits`` replaces
    every exercise's own bounds (the kit's tests use short ones).  ``refused``
    names files of the submission a caller already left out (relative path ->
    plain message; e.g. a notebook that was a link); the worker's copy adds its
    own.  An exercise whose file (or a folder above it) was left out gets that
    message on every check and no point, and its code never runs.

    Time: the whole submission has ``budget`` seconds (default
    ``limits.submission_seconds``, 150 s); exercises not finished by then are
    "not graded: time budget used up".  Up to ``lanes`` exercises are graded at
    once, each lane in a worker of its own: a second lane opens only when an
    exercise has waited ``SPILL_SECONDS`` on the student's code (an endless loop,
    a sleep, a long training), so an honest submission runs in one lane.
    """
    root = Path(os.path.abspath(root))  # never resolve: a link at the top must be seen as one
    wire.forbid_text_parsing()
    if budget is None:
        budget = limits.submission_seconds if limits is not None else default_budget()
    budget_deadline = time.monotonic() + budget
    own_primary = worker is None
    primary = worker or Worker(root, isolation)   # copies the submission once, through grader.untrusted
    paths = primary.host_paths(subdir)
    primary_started = [not own_primary]
    lanes = 1 if not own_primary else max(1, lanes if lanes is not None else LANES)
    todo = collections.deque(enumerate(exercises))
    results: list[ExerciseResult | None] = [None] * len(exercises)
    gate = Gate()
    qlock, cblock = threading.Lock(), threading.Lock()
    errors: list[BaseException] = []

    def grade_one(ex: Exercise, lane_worker: Worker) -> ExerciseResult:
        lim = limits or exercise_limits(ex)
        checks = collect(ex, hidden=hidden)
        reason = (untrusted.refusal_for(refused or {}, ex.relpath)
                  or untrusted.refusal_for(primary.refused, ex.relpath, subdir))
        if reason is not None:  # its file was left out: its code never runs
            return left_out(ex, checks, reason)
        if time.monotonic() >= budget_deadline:
            return not_graded(ex, checks, budget_message(seconds=budget))
        deadline = time.monotonic() + lim.exercise_seconds()
        what = f"this exercise used up its total time of {lim.exercise_seconds():.0f} s"
        if budget_deadline < deadline:
            deadline, what = budget_deadline, f"the submission used up its time budget of {budget:.0f} s ({BUDGET_USED_UP})"
        if lane_worker is primary and not primary_started[0]:
            primary.start()  # lazily: a submission whose files were all left out starts no worker
            primary_started[0] = True
        preload = ("sympy",) if _needs_sympy(ex, lane_worker.files / subdir) else ()

        def open_submission():
            session = lane_worker.session(ex.module, lim, subdir=subdir, deadline=deadline,
                                          preload=preload, gate=gate, deadline_what=what)
            # checks read handed-in data files (e.g. a model) from the worker's safe copy
            files_root = lane_worker.files / subdir if subdir else lane_worker.files
            return RemoteSubmission(session, ex.relpath, root=files_root), session.close

        try:
            return run_checks(ex, checks, open_submission, budget_deadline)
        except RuntimeError as exc:  # the worker itself could not be (re)started
            return summarise(ex, [CheckResult(c.name, c.hidden, c.weight, "error",
                                              f"the grader could not run this exercise: {exc}")
                                  for c in checks], 0.0)

    def lane(shared: Worker | None, first: bool):
        own = None
        try:
            while True:
                with qlock:
                    if not todo:
                        return
                    i, ex = todo.popleft()
                if shared is None and own is None:
                    if stopping.is_set():
                        return
                    own = Worker(root, isolation)
                    started.append(own)
                    try:
                        own.start()
                    except RuntimeError:
                        if not first:  # an extra lane is a bonus: leave the exercise to the others
                            with qlock:
                                todo.appendleft((i, ex))
                            return
                        raise
                with gate.turn():
                    results[i] = clean_result(grade_one(ex, shared or own), paths)
                    if on_result:
                        with cblock:
                            on_result(results[i])
        except BaseException as exc:  # noqa: BLE001 - reported by the caller's thread
            errors.append(exc)
        finally:
            if own is not None:
                own.close()

    def kill_all():
        for w in list(started):
            proc, child = w.proc, w.child  # the lane thread may be stopping it too: kill, do not tidy up
            if proc is not None:
                with contextlib.suppress(OSError):
                    os.killpg(proc.pid, signal.SIGKILL)
            if child is not None:  # the exercise's child left the worker's group (setsid)
                with contextlib.suppress(OSError):
                    os.killpg(child, signal.SIGKILL)

    stopping = threading.Event()
    started: list[Worker] = [primary] if own_primary else []
    threads = [threading.Thread(target=lane, args=(primary, True), daemon=True)]
    try:
        threads[0].start()
        _run_lanes(threads, lanes, todo, gate, budget_deadline, lane)
    except BaseException:  # Ctrl-C: no lane's worker outlives the grader
        stopping.set()    # no lane starts another worker
        with qlock:
            todo.clear()
        kill_all()
        for t in threads:  # a lane may be starting a worker right now: let it finish, then kill again
            t.join(3.0)
        kill_all()
        raise
    finally:
        if own_primary and not stopping.is_set():
            primary.close()
        elif own_primary:
            shutil.rmtree(primary.tmp, ignore_errors=True)
    if errors:
        raise errors[0]
    return [r for r in results if r is not None]


def _run_lanes(threads, lanes, todo, gate, budget_deadline, lane) -> None:
    """Wait for the lanes; open another while an exercise waits long on student code."""
    while any(t.is_alive() for t in threads):
        threads[0].join(0.05)
        for t in threads:
            t.join(0.0)
        if (len(threads) < lanes and todo and gate.longest_wait() >= SPILL_SECONDS
                and time.monotonic() < budget_deadline):
            threads.append(threading.Thread(target=lane, args=(None, False), daemon=True))
            threads[-1].start()


def totals(results: list[ExerciseResult]) -> dict:
    return {
        "score": round(sum(r.score for r in results), 2),
        "points": round(sum(r.points for r in results), 2),
        "manual_points": round(sum(r.manual_points for r in results), 2),
        "exercises": len(results),
        "passed": sum(r.status == "passed" for r in results),
    }
