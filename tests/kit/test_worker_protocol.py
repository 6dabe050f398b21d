"""The grader <-> worker protocol: oversized replies, slow replies, seeded randomness, failures."""
from __future__ import annotations

import dataclasses
import importlib.util
import re
import socket
import subprocess
import sys
import threading
import time

import pytest

from grader import ROOT, catalogue, isolation, runner, worker
from grader.sandbox import Limits, Session, Worker
from grader.submission import LocalSubmission, RemoteSubmission
from grader.wire import BadAnswer, StudentError, StudentTimeout

from .conftest import make_submission

PERCEPTRON = catalogue.get("ch1.perceptron")
HALF_ADDER = catalogue.get("ch1.half_adder")
GOOD = PERCEPTRON.solution_path.read_text(encoding="utf-8")
HUGE = 100 << 17   # float64 values: 100 MB, more than the 64 MB the grader reads


def call(session, name, *args):
    return session.request({"op": "call", "name": name, "args": list(args), "kwargs": {"__dict__": []}})["ok"]


# ---------------------------------------------------------------- 1. oversized replies

def test_an_oversized_reply_costs_only_its_own_call(tmp_path):
    root = make_submission(tmp_path, {"m.py": f"import numpy as np\ncalls = 0\n"
                                              f"def big():\n    return np.zeros({HUGE})\n"
                                              "def count():\n    global calls\n    calls += 1\n    return calls\n"})
    with Worker(root, isolation="subprocess") as w:
        session = w.session("m", Limits(call_seconds=20))
        assert call(session, "count") == 1
        with pytest.raises(BadAnswer) as err:
            call(session, "big")
        assert "returned more than 64 MB" in str(err.value), str(err.value)
        assert call(session, "count") >= 1, "the session should answer again after an oversized reply"
        session.close()
        session = w.session("m", Limits(call_seconds=20))
        assert call(session, "count") == 1, "the next exercise should start afresh"
        session.close()


@pytest.mark.parametrize("when", ["one_call", "every_call"])
def test_an_oversized_answer_does_not_cost_the_next_check_or_exercise(when, tmp_path):
    cond = "list(x) == [1, 0] and list(w) == [2.0, 1.0]" if when == "one_call" else "True"
    source = (GOOD + "\nimport numpy as _np\n_good = perceptron\n\n\ndef perceptron(x, w, b):\n"
              f"    if {cond}:\n        return _np.zeros({HUGE})\n    return _good(x, w, b)\n")
    root = make_submission(tmp_path, {PERCEPTRON.relpath: source,
                                      HALF_ADDER.relpath: HALF_ADDER.solution_path.read_text(encoding="utf-8")})
    ex = dataclasses.replace(PERCEPTRON, timeout=10.0)
    first, second = runner.grade(root, [ex, HALF_ADDER], isolation="subprocess")
    failed = [c for c in first.checks if not c.passed]
    assert failed, "the oversized answer should cost something"
    for c in failed:
        assert c.outcome == "error" and "returned more than 64 MB" in c.message, \
            f"{c.name}: {c.outcome}: {c.message} (only calls that return too much may fail)"
    if when == "one_call":
        assert len(failed) == 1, f"only the check making the oversized call should fail: {failed}"
    assert second.score == second.points, f"the next exercise lost points: {second.message}"


# ---------------------------------------------------------------- 2. slow replies

class FakeWorker:
    ended = False

    def end(self, kill):
        self.ended = True
        return "killed by SIGKILL"


def dribbling_peer(sock, seconds_per_byte, n=20):
    """Reads one request, then sends a reply one byte at a time."""
    try:
        worker.recv(sock)
        frame = worker.HEADER.pack(n) + b'{"ok":"' + b"x" * (n - 9) + b'"}'
        for byte in frame:
            sock.sendall(bytes([byte]))
            time.sleep(seconds_per_byte)
    except OSError:
        pass


def test_the_call_limit_bounds_the_whole_reply():
    ours, theirs = socket.socketpair()
    peer = threading.Thread(target=dribbling_peer, args=(theirs, 0.2), daemon=True)
    peer.start()
    fake = FakeWorker()
    session = Session(fake, ours, 0, Limits(call_seconds=1.0))
    t0 = time.monotonic()
    with pytest.raises(StudentTimeout, match="did not finish within 1 s"):
        session.request({"op": "call", "name": "slow", "args": [], "kwargs": {"__dict__": []}})
    took = time.monotonic() - t0
    ours.close()
    theirs.close()
    peer.join()
    assert took < 2.0, f"a reply that took 28 x 0.2 s to arrive held the grader {took:.1f} s (limit 1 s)"
    assert fake.ended, "the child should be killed"


# ---------------------------------------------------------------- 3. the same random numbers

# Right only while its random draws are among the first two of a freshly seeded stream: so
# its score tells how each check's randomness was seeded.
RANDOM_ANSWERS = f'''
import random

import numpy as np

_np_first = list(np.random.RandomState({worker.SEED}).rand(2))
_py = random.Random({worker.SEED})
_py_first = [_py.random(), _py.random()]


def perceptron(x, w, b):
    fresh = np.random.rand() in _np_first and random.random() in _py_first
    right = int(np.dot(w, x) + b > 0)
    return right if fresh else 1 - right


def nand_parameters():
    return (-2.0, -2.0), 3.0
'''


def pytest_outcomes(target) -> dict[str, bool]:
    files = [str(PERCEPTRON.visible_path), str(PERCEPTRON.hidden_path)]
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:randomly", f"--target={target}",
                           *files], cwd=ROOT, capture_output=True, text=True, timeout=300)
    found = {name: outcome == "PASSED" for outcome, name in re.findall(r"^(PASSED|FAILED) \S+::(test_\w+)",
                                                                        done.stdout, re.M)}
    assert found, f"pytest ran no check:\n{done.stdout[-3000:]}\n{done.stderr[-2000:]}"
    return found


def test_checks_see_the_same_random_numbers_in_pytest_and_in_the_worker(tmp_path):
    why = isolation.probe()
    assert why is None, f"this test needs the bubblewrap sandbox: {why} (apt-get install bubblewrap)"
    root = make_submission(tmp_path, {PERCEPTRON.relpath: RANDOM_ANSWERS})
    [graded] = runner.grade(root, [PERCEPTRON], isolation="sandbox")
    in_worker = {c.name: c.passed for c in graded.checks}
    in_pytest = pytest_outcomes(root)
    assert in_pytest == in_worker, f"pytest: {in_pytest}\nworker: {in_worker}"
    assert any(in_worker.values()) and not all(in_worker.values()), \
        f"the random answers should pass some checks and fail others: {in_worker}"
    points = sum(c.weight for c in graded.checks if c.passed) / sum(c.weight for c in graded.checks) * PERCEPTRON.points
    assert graded.score == round(points, 2)


def test_the_seed_is_written_once():
    pattern = re.compile(r"seed\(\s*1234\s*\)")
    files = ["worker.py", "runner.py", "pytest_plugin.py", "submission.py", "sandbox.py"]
    where = [f for f in files if pattern.search((ROOT / "grader" / f).read_text(encoding="utf-8"))]
    assert not where, f"seed(1234) written out in {where}; use grader.worker.SEED"
    assert worker.SEED == 1234


# ---------------------------------------------------------------- 4. one description of a failure

FAILING = '''
def lookup():
    return {}["w"]


def later():
    raise NotImplementedError()
'''


def test_local_and_remote_describe_a_failure_in_the_same_words(tmp_path):
    root = make_submission(tmp_path, {"failing.py": FAILING})
    spec = importlib.util.spec_from_file_location("failing", root / "failing.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    said = {}
    with Worker(root, isolation="subprocess") as w:
        session = w.session("failing", Limits(call_seconds=20))
        for sub in (LocalSubmission(module, "failing.py"), RemoteSubmission(session, "failing.py")):
            for name in ("lookup", "later"):
                with pytest.raises(StudentError) as err:
                    getattr(sub, name)()
                said.setdefault(name, []).append((type(err.value).__name__, str(err.value)))
        session.close()
    for name, (local, remote) in said.items():
        assert local == remote, f"{name}: in-process {local}, in the worker {remote}"
    assert said["lookup"][0] == ("StudentException", "`lookup` raised KeyError: 'w' (line 3: return {}[\"w\"])")
    assert said["later"][0] == ("NotImplementedYet", "`later` is not implemented yet")
