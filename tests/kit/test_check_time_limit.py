"""The grader bounds its own work on an answer, so no answer can hang it."""
from __future__ import annotations

import dataclasses
import time

from grader import catalogue, runner


def test_a_check_that_runs_too_long_times_out_and_the_next_one_runs(monkeypatch):
    monkeypatch.setattr(runner, "CHECK_SECONDS", 0.3)
    ex = dataclasses.replace(catalogue.get("ch1.perceptron"), timeout=0.05)

    def chews_forever(sub):   # stands for simplify() on a gigantic expression
        while True:
            time.sleep(0.01)

    def fine(sub):
        assert sub == "answer", "the submission object should be passed through"

    checks = [runner.Check("test_chews", chews_forever, 1.0, True), runner.Check("test_fine", fine, 1.0, True)]
    opened = []

    def open_submission():
        opened.append(1)
        return "answer", lambda: None

    t0 = time.monotonic()
    result = runner.run_checks(ex, checks, open_submission)
    assert time.monotonic() - t0 < 5, "the grader should give up on the check after its time limit"
    slow, ok = result.checks
    assert slow.outcome == "timeout" and "took more than" in slow.message, f"{slow.outcome}: {slow.message}"
    assert ok.outcome == "passed", f"the next check should still run: {ok.outcome} {ok.message}"
    assert len(opened) == 2, "a fresh worker child should be opened after a timeout"
