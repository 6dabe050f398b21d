"""Without bubblewrap the grader still grades, warns, and (as root) keeps student code in a PID namespace.

These tests turn the Landlock fallback off (NNDL_NO_LANDLOCK=1) to test the plain
subprocess; tests/kit/test_landlock.py tests the Landlock fallback."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import time

import pytest

import grader.isolation
from grader import ROOT, catalogue, runner, sandbox

from .conftest import make_submission

KILL_ALL = """import os, signal
def perceptron(x, w, b):
    os.kill(-1, signal.SIGKILL)
    return 1
def nand_parameters():
    return (-2, -2), 3
"""


@pytest.fixture
def no_bubblewrap(monkeypatch):
    monkeypatch.setattr(grader.isolation, "sandbox_launcher", lambda: None)
    monkeypatch.setattr(sandbox, "_warned", False, raising=False)
    monkeypatch.setenv("NNDL_NO_LANDLOCK", "1")


def test_without_bubblewrap_landlock_is_chosen_where_it_works(monkeypatch, capsys):
    monkeypatch.setattr(grader.isolation, "sandbox_launcher", lambda: None)
    monkeypatch.setattr(sandbox, "_warned_confined", False)
    monkeypatch.delenv("NNDL_NO_LANDLOCK", raising=False)
    why = grader.isolation.landlock_probe()
    launch = sandbox.launcher("auto")
    err = capsys.readouterr().err
    if why is not None:
        assert launch in (sandbox.plain_launcher, sandbox.plain_launcher_unprivileged), why
        assert "WITHOUT the bubblewrap sandbox" in err, "the plain fallback must warn loudly"
        return
    assert launch is grader.isolation.landlock_launch, "Landlock works here: the fallback must use it"
    assert "Isolation in force: Landlock" in err and "WITHOUT" not in err, f"the note: {err}"
    [r] = runner.grade(ROOT / "solutions", [catalogue.get("ch1.perceptron")], isolation="auto")
    assert r.status == "passed", f"the reference should pass under Landlock too: {r.message}"


def test_fallback_grades_and_warns(no_bubblewrap, capsys):
    launch = sandbox.launcher("auto")
    expected = sandbox.plain_launcher_unprivileged if os.geteuid() == 0 else sandbox.plain_launcher
    assert launch is expected, f"as uid {os.geteuid()} the fallback should be {expected.__name__}"
    assert "WITHOUT the bubblewrap sandbox" in capsys.readouterr().err, "the fallback must warn loudly"
    [r] = runner.grade(ROOT / "solutions", [catalogue.get("ch1.perceptron")], isolation="auto")
    assert r.status == "passed", f"the reference should pass in the fallback too: {r.message}"


def test_fallback_keeps_kill_all_inside(no_bubblewrap, tmp_path):
    if os.geteuid() != 0:
        # An ordinary user's kill(-1) reaches only that user's processes: nothing to contain here.
        assert sandbox.launcher("auto") is sandbox.plain_launcher, "non-root uses the plain fallback"
        return
    victim = subprocess.Popen(["sleep", "60"])
    try:
        root = make_submission(tmp_path / "sub", {"ch1/perceptron.py": KILL_ALL})
        ex = dataclasses.replace(catalogue.get("ch1.perceptron"), timeout=3)
        [r] = runner.grade(root, [ex], isolation="auto")
        time.sleep(0.3)
        assert victim.poll() is None, "the student's kill(-1) reached a process outside the grader"
        assert r.score < r.points, "the hostile submission earned full marks"
    finally:
        victim.kill()
        victim.wait()
