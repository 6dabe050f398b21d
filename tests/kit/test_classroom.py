"""Class grading: 50 generated submissions, --jobs 2, CSV, JSON, Gradescope files, resume."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grader import ROOT, catalogue, classroom

from .conftest import make_submission

EXS = [catalogue.get("ch1.perceptron"), catalogue.get("ch1.half_adder")]
ONLY = ",".join(e.id for e in EXS)
NNDL = [sys.executable, "-m", "grader.cli"]

WRONG_PERCEPTRON = "def perceptron(x, w, b):\n    return 1\n\ndef nand_parameters():\n    return (1, 1), 1\n"
# student i: 0 both right, 1 perceptron wrong, 2 perceptron missing, 3 half_adder untouched stub
KINDS = {0: (EXS[0].points + EXS[1].points), 1: EXS[1].points, 2: EXS[1].points, 3: EXS[0].points}


def files_for(kind: int) -> dict[str, str]:
    files = {e.relpath: e.solution_path.read_text(encoding="utf-8") for e in EXS}
    if kind == 1:
        files[EXS[0].relpath] = WRONG_PERCEPTRON
    elif kind == 2:
        del files[EXS[0].relpath]
    elif kind == 3:
        files[EXS[1].relpath] = EXS[1].stub_path.read_text(encoding="utf-8")
    return files


def nndl(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(NNDL + list(args), cwd=ROOT, capture_output=True, text=True, timeout=300, **kw)


@pytest.fixture(scope="module")
def class_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("class")
    folder = base / "submissions"
    for i in range(50):
        make_submission(folder / f"student{i:02d}", files_for(i % 4))
    out = base / "grades"
    t0 = time.perf_counter()
    proc = nndl("grade", str(folder), "--jobs", "2", "--only", ONLY, "--out", str(out))
    return folder, out, proc, time.perf_counter() - t0


def test_fifty_submissions_grade_with_two_jobs(class_run):
    folder, out, proc, seconds = class_run
    assert proc.returncode == 0, f"nndl grade failed: {proc.stdout[-2000:]} {proc.stderr[-2000:]}"
    assert "student49" in proc.stdout and "graded 50" in proc.stdout, f"no class table: {proc.stdout[-1500:]}"
    rows = list(csv.DictReader((out / "gradebook.csv").open(encoding="utf-8")))
    assert len(rows) == 50, f"the gradebook has {len(rows)} rows"
    for row in rows:
        i = int(row["student"][len("student"):])
        assert float(row["total"]) == KINDS[i % 4], f"{row['student']} (kind {i % 4}) got {row['total']}"
        assert float(row["max"]) == sum(e.points for e in EXS), f"bad max in {row}"
    data = json.loads((out / "grades.json").read_text(encoding="utf-8"))
    assert len(data["students"]) == 50 and not data["failed"], f"grades.json: {data['failed']}"


def test_gradescope_results_per_student(class_run):
    folder, out, _, _ = class_run
    for i in (0, 1, 2, 3):
        res = json.loads((out / "gradescope" / f"student{i:02d}" / "results.json").read_text(encoding="utf-8"))
        assert res["score"] == KINDS[i], f"student{i:02d}: Gradescope score {res['score']}"
        assert [t["max_score"] for t in res["tests"]] == [e.points for e in EXS], f"{res['tests']}"
        for t in res["tests"]:
            assert {"name", "score", "max_score", "output"} <= set(t), f"a Gradescope test lacks fields: {t}"
    wrong = json.loads((out / "gradescope" / "student01" / "results.json").read_text(encoding="utf-8"))
    assert "should be 0" in wrong["tests"][0]["output"], f"no feedback: {wrong['tests'][0]['output']}"
    assert "(-2.0, -2.0)" not in json.dumps(wrong), "the reference answer leaked into the feedback"
    # Feedback names a failing hidden check, but never shows its code.
    text = json.dumps(wrong)
    code = [ln.strip() for ln in EXS[0].hidden_path.read_text(encoding="utf-8").splitlines()
            if len(ln.strip()) > 25 and not ln.strip().startswith(("assert", "\"", "f\"", "#"))]
    shown = [ln for ln in code if ln in text]
    assert not shown, f"Gradescope feedback (shown to students) shows hidden check code: {shown}"


def test_rerun_skips_unchanged_and_regrades_changed(class_run, tmp_path):
    folder, out, _, _ = class_run
    before = (out / "gradebook.csv").read_text(encoding="utf-8")
    # student01 fixes their perceptron; nobody else changes anything
    (folder / "student01" / EXS[0].relpath).write_text(EXS[0].solution_path.read_text(encoding="utf-8"))
    run = classroom.grade_class(folder, EXS, out, jobs=2, progress=False)
    assert run.graded == ["student01"], f"regraded {run.graded}; only student01 changed"
    assert len(run.skipped) == 49 and not run.failed, f"skipped {len(run.skipped)}, failed {run.failed}"
    after = (out / "gradebook.csv").read_text(encoding="utf-8")
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
    assert len(changed) == 1 and changed[0][1].startswith("student01,"), f"gradebook changes: {changed}"
    assert float(changed[0][1].split(",")[-3]) == KINDS[0], f"student01's new total: {changed[0][1]}"


def test_interrupted_run_resumes_without_losing_work(tmp_path):
    folder = tmp_path / "subs"
    for i in range(6):
        make_submission(folder / f"s{i}", files_for(i % 4))
    out = tmp_path / "out"
    proc = subprocess.Popen(NNDL + ["grade", str(folder), "--jobs", "1", "--only", ONLY, "--out", str(out)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(list((out / "students").glob("*.json"))) < 2:
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # a hard stop, mid-run
        proc.wait()
    saved = sorted(p.stem for p in (out / "students").glob("*.json"))
    assert 2 <= len(saved) < 6, f"expected a partial run, found {saved}"
    for p in (out / "students").glob("*.json"):
        json.loads(p.read_text(encoding="utf-8"))  # every saved file is whole
    run = classroom.grade_class(folder, EXS, out, jobs=2, progress=False)
    assert sorted(run.skipped) == saved, f"the resumed run regraded saved work: skipped {run.skipped}"
    assert len(run.graded) == 6 - len(saved) and not run.failed, f"graded {run.graded}, failed {run.failed}"
    rows = list(csv.DictReader((out / "gradebook.csv").open(encoding="utf-8")))
    assert [r["student"] for r in rows] == [f"s{i}" for i in range(6)], f"gradebook rows: {rows}"
    assert not list((out / "students").glob(".*.tmp")), "a temporary results file was left behind"


def test_each_student_has_a_worker_of_their_own(tmp_path, monkeypatch):
    from grader import runner
    seen = []
    real = runner.grade

    def spy(root, exercises, **kw):
        assert kw.get("worker") is None, "a worker was shared between students"
        seen.append(Path(root).name)
        return real(root, exercises, **kw)

    monkeypatch.setattr(runner, "grade", spy)
    folder = tmp_path / "two"
    for i in range(2):
        make_submission(folder / f"s{i}", files_for(0))
    for sub in classroom.students(folder):
        classroom.grade_student(sub, tmp_path / "o", [EXS[0].id], True, "auto",
                                classroom.checks_hash(EXS[:1], True))
    assert seen == ["s0", "s1"], f"graded {seen}"


def test_final_classifier_leaderboard_from_the_model_files(tmp_path, monkeypatch):
    """Accuracy and size come from each handed-in model, evaluated by the grader; time from the re-run check."""
    import io

    import numpy as np

    from grader import runner
    monkeypatch.setenv("NNDL_DATA", str(ROOT / "data" / "mnist_sample.npz"))
    ex = catalogue.get(classroom.FINAL)
    records = {}
    for name, hidden in (("ann", 30), ("bob", 5), ("cid", None)):
        sub = tmp_path / name
        (sub / "ch3").mkdir(parents=True)
        if hidden is not None:
            rng = np.random.default_rng(hidden)
            buf = io.BytesIO()
            np.savez(buf, sizes=np.array([784, hidden, 10]), w0=rng.normal(0, 0.05, (hidden, 784)),
                     w1=rng.normal(0, 0.5, (10, hidden)), b0=np.zeros((hidden, 1)), b1=np.zeros((10, 1)),
                     activation=np.array("relu"), output=np.array("softmax"))
            (sub / "ch3" / "final_model.npz").write_bytes(buf.getvalue())
        checks = [runner.CheckResult(classroom.RERUN_CHECK, False, 1.0, "passed", "", 2.5)]
        result = runner.ExerciseResult(ex.id, ex.title_en, ex.title_zh, ex.points, 0.0, 1.0, "failing", "", checks)
        records[name] = {"totals": runner.totals([result]), "exercises": [result.to_dict()],
                         "final_classifier": classroom.final_entry(sub, [result])}
    assert records["cid"]["final_classifier"]["note"].startswith("no ch3/final_model.npz")
    board = classroom.leaderboard(records)
    assert [r["student"] for r in board] == sorted(["ann", "bob"], key=lambda n: -records[n]["final_classifier"]["test_percent"])
    assert {r["parameters"] for r in board} == {784 * 30 + 30 + 300 + 10, 784 * 5 + 5 + 50 + 10}
    assert all(r["rerun_seconds"] == 2.5 for r in board)
    rows = list(csv.DictReader(io.StringIO(classroom.gradebook_csv(records, [ex]))))
    assert rows[2]["student"] == "cid" and rows[2]["final_test_percent"] == ""
    assert float(rows[0]["final_test_percent"]) == records["ann"]["final_classifier"]["test_percent"]
    run = classroom.ClassRun(records, [], [], {}, tmp_path)
    assert classroom.leaderboard_table(run).row_count == 2
