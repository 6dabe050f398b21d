"""Grading time is bounded, whatever a submission does (issue 16).

Short limits stand in for the real ones (an import budget of 1 s for 10 s, a
submission budget of a few seconds for 150 s).  The bounds are asserted with a
generous margin: these tests say that a bound holds and what the results say,
never how fast the honest path is.
"""
from __future__ import annotations

import time

from grader import catalogue, isolation, runner
from grader.sandbox import Limits

from .conftest import make_submission

CH1 = ["ch1.perceptron", "ch1.half_adder", "ch1.sigmoid_scaling", "ch1.sigmoid_limit",
       "ch1.bitwise_output", "ch1.steepest_step"]
EXS = [catalogue.get(i) for i in CH1]
MODE = "sandbox" if isolation.probe() is None else "subprocess"

LOOP_AT_IMPORT = "while True:\n    pass\n"
SLEEP_AT_IMPORT = "import time\ntime.sleep(3600)\n"


def submission(tmp_path, body: dict[str, str]):
    """Reference answers, with some modules replaced by ``body``."""
    files = {e.relpath: body.get(e.id, e.solution_path.read_text(encoding="utf-8")) for e in EXS}
    return make_submission(tmp_path / "sub", files)


def outcomes(result) -> list[str]:
    return [c.outcome for c in result.checks]


def test_an_import_that_hangs_costs_its_exercise_once(tmp_path):
    root = submission(tmp_path, {"ch1.perceptron": SLEEP_AT_IMPORT})
    limits = Limits(call_seconds=5.0, import_seconds=1.0, wall_seconds=60.0, submission_seconds=120.0)
    t0 = time.monotonic()
    [r, other] = runner.grade(root, EXS[:2], isolation=MODE, limits=limits, lanes=1)
    took = time.monotonic() - t0
    assert len(r.checks) >= 3, "the perceptron should have several checks"
    first, *rest = r.checks
    assert first.outcome == "timeout" and "importing ch1/perceptron.py did not finish within 1 s" in first.message, \
        f"{first.outcome}: {first.message}"
    assert all(c.outcome == "skipped" and "importing ch1/perceptron.py" in c.message for c in rest), \
        f"the other checks should not wait again: {[(c.outcome, c.message) for c in rest]}"
    assert r.score == 0 and "did not finish" in r.message
    assert other.status == "passed", f"the next exercise should be graded normally: {other.message}"
    # One import budget (1 s), not one call limit (5 s) per check: far below 5 s x checks.
    assert took < 5.0 * len(r.checks), f"grading took {took:.1f} s"


def test_a_slow_import_is_not_a_slow_call(tmp_path):
    """The import has a budget of its own: a call limit shorter than the import does not fail it."""
    slow = "import time\ntime.sleep(1.5)\n" + catalogue.get("ch1.perceptron").solution_path.read_text(encoding="utf-8")
    root = submission(tmp_path, {"ch1.perceptron": slow})
    limits = Limits(call_seconds=1.0, import_seconds=20.0, wall_seconds=60.0)
    [r] = runner.grade(root, EXS[:1], isolation=MODE, limits=limits, lanes=1)
    assert r.status == "passed", f"a slow but finishing import failed: {r.message}"


def test_the_submission_budget_bounds_a_loop_in_every_module(tmp_path):
    root = submission(tmp_path, {i: LOOP_AT_IMPORT for i in CH1[1:]})  # perceptron stays honest
    budget = 4.0
    limits = Limits(call_seconds=2.0, import_seconds=1.5, wall_seconds=10.0, submission_seconds=budget)
    t0 = time.monotonic()
    results = runner.grade(root, EXS, isolation=MODE, limits=limits)
    took = time.monotonic() - t0
    assert took < budget + 20, f"a {budget:g} s budget held the grader {took:.1f} s"
    assert results[0].status == "passed", f"the honest first exercise: {results[0].message}"
    assert [r.id for r in results] == CH1, "results come in the exercises' order"
    cut = [r for r in results if any(c.message.startswith(runner.BUDGET_USED_UP) for c in r.checks)
           or runner.BUDGET_USED_UP in r.message]
    assert cut, f"some exercise should say {runner.BUDGET_USED_UP!r}: {[(r.id, r.message) for r in results]}"
    for r in cut:
        assert r.score == 0 and r.message.strip(), f"{r.id}: {r.score} {r.message}"
        assert "Traceback" not in r.message


SLEEPS_UNDER_THE_LIMIT = '''
import time

def perceptron(x, w, b):
    time.sleep(0.8)
    return 1

def nand_parameters():
    time.sleep(0.8)
    return (1.0, 1.0), 1.0

def half_adder(x1, x2):
    time.sleep(0.8)
    return 0, 0
'''


def test_calls_just_under_the_call_limit_are_bounded_by_the_budget(tmp_path):
    root = submission(tmp_path, {"ch1.perceptron": SLEEPS_UNDER_THE_LIMIT,
                                 "ch1.half_adder": SLEEPS_UNDER_THE_LIMIT})
    budget = 3.0
    limits = Limits(call_seconds=1.0, import_seconds=5.0, wall_seconds=60.0, submission_seconds=budget)
    t0 = time.monotonic()
    results = runner.grade(root, EXS[:2], isolation=MODE, limits=limits, lanes=1)
    took = time.monotonic() - t0
    assert took < budget + 15, f"a {budget:g} s budget held the grader {took:.1f} s"
    said = [c.message for r in results for c in r.checks]
    assert any(runner.BUDGET_USED_UP in m for m in said), f"nothing says the budget was used up: {said}"


def test_lanes_give_the_same_grades_as_one_lane(tmp_path):
    """A sleeping exercise makes a second lane open; the grades are those of one lane."""
    body = {"ch1.perceptron": "import time\n\ndef perceptron(x, w, b):\n    time.sleep(30)\n\n"
                              "def nand_parameters():\n    time.sleep(30)\n"}
    root = submission(tmp_path, body)
    limits = Limits(call_seconds=3.0, import_seconds=5.0, wall_seconds=60.0, submission_seconds=120.0)
    one = runner.grade(root, EXS, isolation=MODE, limits=limits, lanes=1)
    two = runner.grade(root, EXS, isolation=MODE, limits=limits, lanes=2)
    assert [(r.id, r.score, r.message) for r in one] == [(r.id, r.score, r.message) for r in two]
    assert all(r.status == "passed" for r in two[1:]), [(r.id, r.message) for r in two]


def test_a_check_in_a_lane_thread_is_bounded_too():
    """check_time_limit works outside the main thread (lanes run there)."""
    import threading
    out = {}

    def run():
        t0 = time.monotonic()
        try:
            with runner.check_time_limit(0.3):
                while True:
                    sum(range(1000))
        except runner.CheckTimeout as exc:
            out["message"] = str(exc)
        out["took"] = time.monotonic() - t0

    for _ in range(3):
        t = threading.Thread(target=run)
        t.start()
        t.join(20)
        assert "took more than" in out.get("message", ""), out
        assert out["took"] < 10


def test_nndl_grade_budget_flag(tmp_path):
    import json
    import subprocess
    import sys
    from grader import ROOT
    root = submission(tmp_path, {i: LOOP_AT_IMPORT for i in CH1})
    proc = subprocess.run([sys.executable, "-m", "grader.cli", "grade", str(root), "--only", ",".join(CH1),
                           "--json", "--budget", "3", "--isolation", MODE], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    said = [x["message"] for x in json.loads(proc.stdout)["exercises"]]
    assert any(m.startswith(runner.BUDGET_USED_UP) for m in said), said
    bad = subprocess.run([sys.executable, "-m", "grader.cli", "grade", str(root), "--budget", "-1"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "above 0" in bad.stderr and "Traceback" not in bad.stderr
