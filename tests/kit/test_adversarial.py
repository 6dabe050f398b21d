"""Hostile submissions get no undeserved point, a clear message, and the grader finishes.

Each file in tests/kit/hostile/ is a whole ch1/perceptron.py that cheats or attacks
(see hostile/README.md).  Each is graded, next to a correct second exercise, in the
bubblewrap sandbox with short limits; they are graded concurrently, each with its
own worker, so the suite stays quick.
"""
from __future__ import annotations

import ast
import hashlib
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from grader import ROOT, catalogue, isolation, runner, sandbox
from grader.sandbox import Limits, Worker

from .conftest import make_submission

HOSTILE = Path(__file__).parent / "hostile"
CASES = sorted(p.stem for p in HOSTILE.glob("*.py"))
TARGET = catalogue.get("ch1.perceptron")
OTHER = catalogue.get("ch1.half_adder")
LIMITS = Limits(call_seconds=5.0, cpu_seconds=5.0, memory_bytes=1 << 30, file_bytes=4 << 20,
                processes=32, reply_bytes=8 << 20, wall_seconds=20.0)
SECONDS_PER_SUBMISSION = 40


def meta(name: str) -> dict:
    tree = ast.parse((HOSTILE / f"{name}.py").read_text(encoding="utf-8"))
    out = {"MAX_SCORE": 0, "MIN_SCORE": 0, "WORDS": "", "FILES": {}}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            key = getattr(node.targets[0], "id", "")
            if key in out:
                out[key] = ast.literal_eval(node.value)
    return out


def require_sandbox():
    why = isolation.probe()
    assert why is None, f"the adversarial suite needs the bubblewrap sandbox: {why} (apt-get install bubblewrap)"


class Listener:
    """A TCP port on the host's loopback that records any connection."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.stop = False
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
                self.connections += 1
                conn.close()
            except OSError:
                pass

    def close(self):
        self.stop = True
        self.thread.join()
        self.sock.close()


def digest(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def build(base: Path, name: str, trap: Path, port: int) -> Path:
    def fill(text: str) -> str:
        return (text.replace("__NNDL_ROOT__", str(ROOT)).replace("__NNDL_TRAP__", str(trap))
                .replace("__NNDL_PORT__", str(port)))

    root = base / name
    make_submission(root, {TARGET.relpath: fill((HOSTILE / f"{name}.py").read_text(encoding="utf-8")),
                           OTHER.relpath: OTHER.solution_path.read_text(encoding="utf-8")})
    for rel, text in meta(name)["FILES"].items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if text.startswith("@link:"):
            os.symlink(fill(text[len("@link:"):]), path)
        else:
            path.write_text(fill(text), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    require_sandbox()
    base = tmp_path_factory.mktemp("hostile")
    trap = tmp_path_factory.mktemp("trap")
    (trap / "gradebook.csv").write_text("student,score\nalice,1\n")
    (trap / "results.json").write_text('{"score": 1}')
    before = digest(trap)
    listener = Listener()
    roots = {name: build(base, name, trap, listener.port) for name in CASES}

    def one(name):
        t0 = time.perf_counter()
        results = runner.grade(roots[name], [TARGET, OTHER], isolation="sandbox", limits=LIMITS)
        return name, {r.id: r for r in results}, time.perf_counter() - t0

    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            done = {name: (res, secs) for name, res, secs in pool.map(one, CASES)}
    finally:
        listener.close()
    return {"results": done, "trap_before": before, "trap_after": digest(trap), "trap": trap,
            "connections": listener.connections, "roots": roots}


def test_there_are_enough_hostile_submissions():
    assert len(CASES) >= 15, f"only {len(CASES)} hostile submissions in {HOSTILE}"


def _messages(r) -> list[str]:
    return [r.message] + [c.message for c in r.checks]


HIDDEN_LINES = [line.strip() for line in TARGET.hidden_path.read_text(encoding="utf-8").splitlines()
                if len(line.strip()) > 25]


@pytest.mark.parametrize("name", CASES)
def test_hostile_submission(name, graded):
    m = meta(name)
    results, seconds = graded["results"][name]
    r = results[TARGET.id]
    msgs = _messages(r)
    assert seconds < SECONDS_PER_SUBMISSION, f"{name}: grading took {seconds:.1f} s"
    assert r.score <= m["MAX_SCORE"], \
        f"{name}: earned {r.score} (at most {m['MAX_SCORE']} deserved): {[(c.name, c.outcome) for c in r.checks]}"
    assert r.score >= m["MIN_SCORE"], f"{name}: earned {r.score}, deserved {m['MIN_SCORE']}: {msgs}"
    if r.score < r.points:
        assert r.message.strip(), f"{name}: lost points without a message"
    assert not m["WORDS"] or any(m["WORDS"] in s for s in msgs), \
        f"{name}: the feedback should say {m['WORDS']!r}; it says {msgs}"
    for s in msgs:
        assert "Traceback" not in s and 'File "' not in s, f"{name}: a traceback leaked: {s}"
        assert len(s) < 2500, f"{name}: a message of {len(s)} characters"
        assert "(-2.0, -2.0), 3.0" not in s, f"{name}: the reference answer leaked: {s}"
        leaked = [line for line in HIDDEN_LINES if line in s]
        assert not leaked, f"{name}: hidden check code leaked into the feedback: {leaked}"
    other = results[OTHER.id]
    assert other.status == "passed", f"{name} also cost the correct {OTHER.id}: {other.message}"


def test_no_grader_file_was_written(graded):
    assert graded["trap_after"] == graded["trap_before"], \
        f"a submission changed or created grader-owned files in {graded['trap']}"
    assert not Path("/autograder/results/results.json").exists() or \
        "100" not in Path("/autograder/results/results.json").read_text(), "a submission wrote a Gradescope result"


def test_submission_folders_are_read_only_to_the_student(graded):
    root = graded["roots"]["write_results"]
    assert "FAKE" in (root / TARGET.relpath).read_text(), "write_results.py overwrote its own submitted file"


def test_no_network(graded):
    assert graded["connections"] == 0, "a sandboxed submission reached a port on the host's loopback"


# ---------------------------------------------------------------- processes and limits

COUNT_FORKS = '''
import os, time, signal

def perceptron(x, w, b):
    return 1

def nand_parameters():
    return (1.0, 1.0), 1.0

def fork_many(n):
    made = 0
    for _ in range(n):
        try:
            pid = os.fork()
        except OSError:
            break
        if pid == 0:
            os.setsid()
            time.sleep(600)
            os._exit(0)
        made += 1
    return made

def same_uid_processes():
    me, n = os.getuid(), 0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/status") as f:
                    uid = [l for l in f if l.startswith("Uid:")][0].split()[1]
            except OSError:
                continue
            n += int(uid) == me
    return n

def who():
    return [os.getuid(), os.getgid(), sorted(os.listdir("/")), os.path.exists("__NNDL_ROOT__")]
'''


@pytest.fixture(scope="module")
def fork_worker(tmp_path_factory):
    require_sandbox()
    root = make_submission(tmp_path_factory.mktemp("forks"),
                           {TARGET.relpath: COUNT_FORKS.replace("__NNDL_ROOT__", str(ROOT))})
    worker = Worker(root, isolation="sandbox")
    worker.start()
    yield worker
    worker.close()


def test_fork_bomb_is_bounded_and_cleared(fork_worker):
    limits = Limits(call_seconds=10, processes=16, memory_bytes=1 << 30)
    session = fork_worker.session(TARGET.module, limits)
    made = session.request({"op": "call", "name": "fork_many", "args": [500], "kwargs": {"__dict__": []}})["ok"]
    session.close()
    assert 0 < made < 16, f"a child forked {made} processes; the limit is 16 (RLIMIT_NPROC must bind)"
    session = fork_worker.session(TARGET.module, limits)
    left = session.request({"op": "call", "name": "same_uid_processes", "args": [], "kwargs": {"__dict__": []}})["ok"]
    session.close()
    assert left == 1, f"{left - 1} process(es) of the last exercise outlived it (setsid escapes must be reaped)"


def test_student_code_runs_unprivileged_and_sees_no_kit(fork_worker):
    session = fork_worker.session(TARGET.module, Limits(call_seconds=10))
    uid, gid, top, sees_repo = session.request({"op": "call", "name": "who", "args": [], "kwargs": {"__dict__": []}})["ok"]
    session.close()
    if os.geteuid() == 0:
        assert uid != 0 and gid != 0, f"student code runs as uid {uid}, gid {gid} (root?)"
    assert not sees_repo, f"the kit's repository {ROOT} is visible in the sandbox"
    assert "submission" in top and "work" not in top or not sees_repo, f"sandbox root: {top}"


# ---------------------------------------------------------------- determinism and policy

def test_same_submission_same_score_twice(graded, tmp_path):
    root = graded["roots"]["randomness"]
    first = graded["results"]["randomness"][0][TARGET.id]
    [again] = runner.grade(root, [TARGET], isolation="sandbox", limits=LIMITS)
    assert (again.score, again.message) == (first.score, first.message), \
        f"graded twice: {first.score} ({first.message}) then {again.score} ({again.message})"
    assert 0 < first.score < TARGET.points, f"randomness.py should be partly right, got {first.score}"


def test_require_sandbox_refuses_to_fall_back(monkeypatch, capsys):
    monkeypatch.setattr(isolation, "sandbox_launcher", lambda: None)
    monkeypatch.setenv("NNDL_NO_LANDLOCK", "1")  # the plain fallback (test_landlock.py tests Landlock)
    with pytest.raises(RuntimeError, match="bubblewrap"):
        sandbox.launcher("sandbox")
    monkeypatch.setattr(sandbox, "_warned", False)
    assert sandbox.launcher("auto") in (sandbox.plain_launcher, sandbox.plain_launcher_unprivileged), \
        "auto must fall back to a subprocess"
    assert "WITHOUT the bubblewrap sandbox" in capsys.readouterr().err, "the fallback must say so loudly"
