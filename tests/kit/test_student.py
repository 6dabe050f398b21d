"""The student's loop: nndl check (progress, next up), hint, watch, the message table, notebooks."""
from __future__ import annotations

import contextlib
import io
import shutil
import time
from pathlib import Path

import pytest

from grader import ROOT, catalogue, report, watch
from grader.cli import main
from grader.messages import MESSAGES, t


def _quick_code_exercises():
    return [e for e in catalogue.all_exercises()
            if e.kind == "code" and not e.slow and e.visible_path.exists() and e.solution_path.exists()]


@pytest.fixture
def first():
    exs = _quick_code_exercises()
    assert exs, "the kit should have a quick code exercise with visible checks"
    return exs[0]


@pytest.fixture
def submission(tmp_path):
    """A fresh copy of the stubs, as a student starts."""
    return Path(shutil.copytree(ROOT / "exercises", tmp_path / "mine"))


# ------------------------------------------------------------------ messages

def test_every_message_in_both_languages():
    for key, (en, zh) in MESSAGES.items():
        assert en.strip() and zh.strip(), f"message {key!r} needs English and Chinese"
        assert set(_fields(en)) == set(_fields(zh)), f"message {key!r}: the two languages use different fields"
    assert t("next_up", "zh") == "下一步" and t("next_up", "en") == "Next up", "t() picks the language"


def _fields(text):
    import string
    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


def test_default_language_from_the_environment(monkeypatch):
    monkeypatch.setenv("NNDL_LANG", "zh")
    assert t("next_up") == "下一步", "NNDL_LANG=zh should make Chinese the default"
    monkeypatch.setenv("NNDL_LANG", "en")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert t("next_up") == "Next up", "NNDL_LANG wins over LANG"


# ------------------------------------------------------------------ nndl check

def test_check_progress_and_next_up(submission, first, capsys):
    rc = main(["--lang", "en", "check", "--path", str(submission), "--quiet", first.chapter_dir])
    out = capsys.readouterr().out
    assert rc == 1, "untouched stubs do not pass"
    assert f"Chapter {first.chapter}" in out and "not started" in out, f"no progress by chapter:\n{out}"
    n = len([e for e in catalogue.select(first.chapter_dir) if e.visible_path.exists()])
    assert f"0/{n} passing" in out, f"the chapter line should count 0 of {n} passing:\n{out}"
    assert f"Next up: {first.id}" in out and first.relpath in out, f"next up should name {first.id}:\n{out}"
    assert f"nndl hint {first.id}" in out, "next up should say how to get a hint"


def test_check_shows_the_failing_message_and_progress(submission, first, capsys):
    # One exercise answered, one broken mid-edit: the broken one is next up, with its message.
    shutil.copy(first.solution_path, submission / first.relpath)
    others = [e for e in _quick_code_exercises() if e.chapter == first.chapter and e.id != first.id]
    broken = others[0]
    (submission / broken.relpath).write_text("def oops(:\n", encoding="utf-8")
    rc = main(["check", "--lang", "zh", "--path", str(submission), "--quiet", first.chapter_dir])
    out = capsys.readouterr().out
    assert rc == 1, "the chapter is not finished"
    assert f"✓ {first.id}" in out, f"{first.id} should show as passing:\n{out}"
    assert f"下一步: {broken.id}" in out, f"the broken exercise should be next up (before unstarted ones):\n{out}"
    assert "syntax error" in out and "line 1" in out, f"the syntax error should be explained:\n{out}"
    assert "1/" in out and "通过" in out, f"the Chinese progress line is missing:\n{out}"


def test_check_one_file_and_all_passed(submission, first, capsys):
    shutil.copy(first.solution_path, submission / first.relpath)
    rc = main(["--lang", "en", "check", "--path", str(submission), "--quiet", str(submission / first.relpath)])
    out = capsys.readouterr().out
    assert rc == 0, f"the reference answer should pass its visible checks:\n{out}"
    assert "Every visible check passes" in out, f"no plain statement that the visible checks pass:\n{out}"
    assert "hidden checks" in out, f"self-check should say grading runs hidden checks that test more:\n{out}"
    assert "Well done" not in out, f"'Well done!' is for a graded result, not for a self-check:\n{out}"


def test_next_up_prefers_a_started_exercise():
    def r(i, status):
        return report.ExerciseResult(i, i, i, 1, 0, 0, status, "")
    rs = [r("ch1.a", "not started"), r("ch1.b", "passed"), r("ch1.c", "failing")]
    assert report.next_up(rs).id == "ch1.c", "a failing exercise comes before one not started"
    assert report.next_up([r("ch1.a", "not started")]).id == "ch1.a", "else the first not started"
    assert report.next_up([r("ch1.b", "passed")]) is None, "nothing to do when all pass"


# ------------------------------------------------------------------ nndl hint

def test_hints_one_at_a_time(first, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NNDL_STATE_DIR", str(tmp_path))
    hints = first.hint_list("en")
    main(["--lang", "en", "hint", first.id, "--reset"])
    out = capsys.readouterr().out
    assert f"hint 1/{len(hints)}" in out, f"the first hint should show:\n{out}"
    if len(hints) > 1:
        assert f"hint 2/{len(hints)}" not in out, "only one hint at a time"
        main(["--lang", "en", "hint", first.id])
        assert f"hint 2/{len(hints)}" in capsys.readouterr().out, "the second call reveals the second hint"
    main(["hint", first.id, "--all", "--lang", "zh"])
    out = capsys.readouterr().out
    assert f"提示 {len(hints)}/{len(hints)}" in out, f"--all shows every hint, in Chinese here:\n{out}"


# ------------------------------------------------------------------ nndl watch

def test_watcher_sees_saves(submission, first):
    w = watch.Watcher(submission)
    assert w.poll() == [], "nothing changed yet"
    path = submission / first.relpath
    time.sleep(0.01)
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    changed = w.poll()
    assert [ex.id for _, ex in changed] == [first.id], f"the save should map to {first.id}: {changed}"
    assert w.poll() == [], "a change is reported once"
    (submission / "ch1" / "notes.txt").write_text("x")
    assert w.poll() == [], "files that are not exercises are ignored"


def test_watch_survives_a_syntax_error_then_passes(submission, first):
    buf = io.StringIO()
    from rich.console import Console
    con = Console(file=buf, width=100)
    path = submission / first.relpath
    path.write_text("def broken(:\n", encoding="utf-8")
    assert watch.run_one(submission, first, "en", con) == 1, "a syntax error fails the run"
    assert "syntax error" in buf.getvalue(), f"the syntax error should be reported:\n{buf.getvalue()}"
    shutil.copy(first.solution_path, path)
    assert watch.run_one(submission, first, "en", con) == 0, f"the reference answer passes:\n{buf.getvalue()}"


def test_watch_loop(submission, first, monkeypatch):
    """The loop itself: one save, one run, then it stops (max_runs)."""
    buf = io.StringIO()
    from rich.console import Console
    con = Console(file=buf, width=100)
    path = submission / first.relpath
    real_sleep = time.sleep
    saved = []

    def sleep_then_save(s):
        real_sleep(0.01)
        if not saved:
            shutil.copy(first.solution_path, path)
            saved.append(True)
    monkeypatch.setattr(watch.time, "sleep", sleep_then_save)
    with contextlib.redirect_stdout(buf):
        assert watch.watch(submission, "en", interval=0.01, max_runs=1, con=con) == 0, "watch should end cleanly"
    out = buf.getvalue()
    assert f"checking {first.id}" in out and "passed" in out, f"the save should trigger a passing run:\n{out}"


# ------------------------------------------------------------------ nndl notebooks

def _run_cells(nb) -> str:
    ns = {"__name__": "__main__"}
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        for cell in nb.cells:
            if cell.cell_type == "code":
                exec(compile(cell.source, "<cell>", "exec"), ns)
    return buf.getvalue()


def test_notebooks(first, tmp_path, capsys):
    import nbformat  # the [test] extra installs it
    assert main(["notebooks", str(tmp_path), "--chapter", first.chapter_dir]) == 0, "nndl notebooks failed"
    path = tmp_path / first.chapter_dir / f"{first.name}.ipynb"
    assert path.exists(), f"{path} was not written"
    nb = nbformat.read(str(path), as_version=4)
    nbformat.validate(nb)
    md = nb.cells[0].source
    assert first.title_en in md and first.title_zh in md, "the statement is in both languages"
    assert nb.cells[1].source.strip() == first.stub_path.read_text(encoding="utf-8").strip(), \
        "the code cell is the stub (no answer)"
    out = _run_cells(nb)
    assert "not implemented yet" in out and "0/" in out, f"the stub's self-check should fail:\n{out}"
    nb.cells[1].source = first.solution_path.read_text(encoding="utf-8")
    out = _run_cells(nb)
    n = out.count("✓")
    assert n >= 1 and f"{n}/{n} visible checks pass" in out, f"the reference answer should pass:\n{out}"
    # A second export keeps the student's work.
    path.write_text(path.read_text(encoding="utf-8").replace("YOUR CODE HERE", "MY ANSWER"), encoding="utf-8")
    main(["notebooks", str(tmp_path), "--chapter", first.chapter_dir])
    assert "MY ANSWER" in path.read_text(encoding="utf-8"), "nndl notebooks must not overwrite a student's notebook"
