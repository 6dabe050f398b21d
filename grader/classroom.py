"""Grading a whole class: ``nndl grade CLASS_DIR --jobs N``.

CLASS_DIR holds one folder per student, each a filled-in copy of exercises/
(or holding one up to two levels down: alice/exercises/, alice/nndl-kit/exercises/).
A student folder without one is still a row of the gradebook: 0 points and a note.
Every student is graded by a worker (sandbox) of their own, never shared, in
``jobs`` parallel processes.  Each student's result is written atomically to
``OUT/students/<student>.json`` as soon as it is known, with a hash of the
submission's files and of the checks: an interrupted run resumes where it
stopped and regrades only students whose files (or the checks) changed.  From
those files come the class outputs: ``gradebook.csv`` (one row per student,
one column per exercise), ``grades.json`` and Gradescope's ``results.json``
per student (``OUT/gradescope/<student>/results.json``).  ``gradebook.csv`` gains
a last column, ``note``, when a student folder held no submission.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import tempfile
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from . import catalogue, runner, untrusted
from .catalogue import Exercise

SKIP = {"__pycache__", ".git", ".ipynb_checkpoints"}
FORMAT = 3  # 2: messages cleaned (grader.untrusted), links and special files left out; 3: leaderboard
FINAL = "ch3.final_classifier"          # the exercise with a leaderboard
RERUN_CHECK = "test_train_learns_and_reports_each_epoch"
LEADERBOARD_COLUMNS = ["final_test_percent", "final_parameters", "final_rerun_seconds"]


def is_submission(folder: Path) -> bool:
    return folder.is_dir() and any((folder / f"ch{n}").is_dir() for n in (1, 2, 3))


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in Path(folder).iterdir()
                      if not p.name.startswith(".") and p.name not in SKIP)
    except OSError:  # unreadable
        return []


def subfolders(folder: Path) -> list[Path]:
    """The folders in ``folder``, hidden ones, caches and links left out."""
    return [p for p in _entries(folder) if not p.is_symlink() and p.is_dir()]


def students(folder: Path) -> list[Path]:
    """The student folders, and links that look like one (each a row: a link is never a submission)."""
    return [p for p in _entries(folder) if p.is_dir()]


def _links(folder: Path) -> list[Path]:
    return [p for p in _entries(folder) if p.is_symlink() and p.is_dir()]


def locate(student: Path, depth: int = 2) -> tuple[Path | None, str]:
    """The submission in a student's folder, and a note when there is none.

    The folder itself, or a folder nested up to ``depth`` levels down
    (alice/exercises/, alice/nndl-kit/exercises/), the shallowest first; where
    one level holds several, the one named exercises/ wins.  A link is never
    followed: a student folder that is a link (to a classmate's folder, to the
    solutions, anywhere) holds no submission.
    """
    student = Path(student)
    name = untrusted.plain_name(student.name)
    if student.is_symlink():
        return None, (f"{name}/ is a link to another folder; a link never counts as a submission: "
                      "put the files themselves there")
    level, links = [student], []
    for _ in range(depth + 1):
        found = [p for p in level if is_submission(p)]
        named = [p for p in found if p.name == "exercises"]
        if len(found) == 1 or len(named) == 1:
            return (found[0] if len(found) == 1 else named[0]), ""
        if found:
            where = ", ".join(untrusted.plain(p.relative_to(student.parent).as_posix()) + "/" for p in found)
            return None, f"several submissions inside {name}/ ({where}); leave one"
        links += [c for p in level for c in _links(p)]
        level = [c for p in level for c in subfolders(p)]
    if links:
        where = untrusted.plain(links[0].relative_to(student.parent).as_posix())
        return None, (f"no ch1/, ch2/ or ch3/ folder inside {name}/ ({where} is a link; a link never "
                      "counts as a submission: put the files themselves there)")
    return None, f"no ch1/, ch2/ or ch3/ folder inside {name}/"


def is_class(folder: Path) -> bool:
    """A folder of student folders: not a submission itself, and at least half of its
    subfolders hold a submission (so `nndl grade /tmp` does not grade every folder there)."""
    folder = Path(folder)
    if not folder.is_dir() or is_submission(folder):
        return False
    subs = students(folder)
    held = sum(locate(p)[0] is not None for p in subs)
    return held > 0 and 2 * held >= len(subs)


def tree_hash(folder: Path) -> str:
    """A hash of the submission as the grader reads it (grader.untrusted: regular files, links
    by where they point; no FIFO or device is ever opened, any file name is fine)."""
    return untrusted.tree_hash(folder)


def checks_hash(exercises: list[Exercise], hidden: bool) -> str:
    """What the grade depends on besides the submission: the exercises and their checks."""
    h = hashlib.sha256(f"{FORMAT}:{hidden}".encode())
    for ex in exercises:
        h.update(f"{ex.id}:{ex.points}:{ex.timeout}".encode())
        for path in (ex.visible_path, ex.hidden_path if hidden else None):
            if path is not None and path.exists():
                h.update(path.read_bytes())
    return h.hexdigest()


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ------------------------------------------------------------------ one student

def grade_student(sub: Path, out: Path, exercise_ids: list[str], hidden: bool, isolation: str,
                  key: str, limits=None, name: str | None = None) -> dict:
    """Grade one submission in its own worker; write and return its record.

    ``name`` is the student's row name (their folder's name, made plain: see `student_names`).
    """
    exercises = [catalogue.get(i) for i in exercise_ids]
    name = name or untrusted.plain_name(sub.name)
    t0 = time.perf_counter()
    results = runner.grade(sub, exercises, hidden=hidden, isolation=isolation, limits=limits)
    record = {"student": name, "submission_hash": tree_hash(sub), "checks_hash": key,
              "seconds": round(time.perf_counter() - t0, 2), "totals": runner.totals(results),
              "exercises": [r.to_dict() for r in results]}
    if FINAL in exercise_ids:
        record["final_classifier"] = final_entry(sub, results)
    write_atomic(out / "students" / f"{name}.json", json.dumps(record, indent=1, ensure_ascii=False))
    return record


def final_entry(sub: Path, results) -> dict:
    """The leaderboard entry of one submission's final classifier, measured by the grader.

    Test accuracy and size come from the handed-in model file, read as plain data
    and evaluated here; the time is the grader's own wall time of the seeded
    short re-run of the student's train (3,000 digits, 3 epochs).  Nothing is
    taken from a number the student reports.
    """
    from . import data, final_model
    from .submission import read_submission_file
    from .wire import StudentError
    entry: dict = {"test_percent": None, "parameters": None, "network": "", "rerun_seconds": None, "note": ""}
    for r in results:
        for c in r.checks:
            if r.id == FINAL and c.name == RERUN_CHECK and c.passed:
                entry["rerun_seconds"] = c.seconds
    try:
        raw = read_submission_file(sub, final_model.MODEL_PATH)
        if raw is None:
            entry["note"] = f"no {final_model.MODEL_PATH}"
            return entry
        model = final_model.from_bytes(raw)
        split = data.load()
        X, y = split.test
        entry.update(test_percent=round(100.0 * final_model.accuracy(model, X, y) / len(y), 2),
                     parameters=final_model.parameter_count(model), network=model.describe(),
                     test_digits=len(y))
    except (StudentError, final_model.ModelError, data.DataError) as exc:
        entry["note"] = str(exc)[:200]
    return entry


def leaderboard(records: dict[str, dict]) -> list[dict]:
    """Students with a readable final model, best test accuracy first (fewer parameters break ties)."""
    rows = [{"student": name, **rec["final_classifier"]} for name, rec in records.items()
            if rec.get("final_classifier") and rec["final_classifier"].get("test_percent") is not None]
    return sorted(rows, key=lambda r: (-r["test_percent"], r["parameters"], r["student"]))


def no_submission_record(name: str, note: str, exercises: list[Exercise], key: str) -> dict:
    """A gradebook row for a student folder without a submission: 0 points, and why."""
    results = [runner.ExerciseResult(e.id, e.title_en, e.title_zh, e.points, e.manual_points, 0.0,
                                     "not started", note) for e in exercises]
    return {"student": name, "submission_hash": None, "checks_hash": key, "seconds": 0.0,
            "totals": runner.totals(results), "exercises": [r.to_dict() for r in results], "note": note}


def load_done(path: Path, sub: Path, key: str) -> dict | None:
    """The saved record, if it is complete and still matches the submission and checks."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("checks_hash") != key or record.get("submission_hash") != tree_hash(sub):
        return None
    return record


# ------------------------------------------------------------------ the class

def student_names(folders: list[Path]) -> dict[str, Path]:
    """Each student folder by the name its row, files and messages use: the folder's name
    made plain (no control characters; bytes that are not UTF-8 as \\xNN), unique."""
    out: dict[str, Path] = {}
    for folder in folders:
        name = base = untrusted.plain_name(folder.name)
        n = 2
        while name in out:
            name, n = f"{base}~{n}", n + 1
        out[name] = folder
    return out


@dataclass
class ClassRun:
    records: dict[str, dict]
    graded: list[str]
    skipped: list[str]
    failed: dict[str, str]
    out: Path
    missing: dict[str, str] = field(default_factory=dict)  # student: why nothing was graded


def grade_class(folder: Path, exercises: list[Exercise], out: Path, jobs: int = 1,
                hidden: bool = True, isolation: str = "auto", limits=None,
                progress: bool = True, console=None) -> ClassRun:
    folder, out = Path(folder).resolve(), Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    key = checks_hash(exercises, hidden)
    ids = [e.id for e in exercises]
    records, todo, skipped, failed, graded, missing = {}, [], [], {}, [], {}
    for name, student in student_names(students(folder)).items():
        sub, note = locate(student)
        if sub is None:
            missing[name] = note
            records[name] = no_submission_record(name, note, exercises, key)
            continue
        done = load_done(out / "students" / f"{name}.json", sub, key)
        if done is not None:
            records[name] = done
            skipped.append(name)
        else:
            todo.append((name, sub))

    bar = None
    if progress:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        bar = Progress(TextColumn("[bold]grading[/bold] {task.description}"), BarColumn(),
                       MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                       console=console, transient=False)
    task = None
    try:
        if bar:
            bar.start()
            task = bar.add_task(f"{len(todo)} submission(s), {len(skipped)} already done",
                                total=len(todo))
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=ctx) as pool:
            pending = {pool.submit(grade_student, sub, out, ids, hidden, isolation, key, limits, name): name
                       for name, sub in todo}
            try:
                while pending:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        name = pending.pop(fut)
                        try:
                            records[name] = fut.result()
                            graded.append(name)
                        except Exception as exc:  # noqa: BLE001 - the grader failed, not the student
                            failed[name] = untrusted.clean(f"{type(exc).__name__}: {exc}",
                                                           untrusted.HostPaths([folder]))
                        if bar:
                            bar.update(task, advance=1, description=name)
            except BaseException:
                for fut in pending:
                    fut.cancel()
                raise
    finally:
        if bar:
            bar.stop()
    run = ClassRun(records, graded, skipped, failed, out, missing)
    write_outputs(run, exercises)
    return run


# ------------------------------------------------------------------ outputs

def gradebook_csv(records: dict[str, dict], exercises: list[Exercise]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    notes = any(r.get("note") for r in records.values())
    board = any(e.id == FINAL for e in exercises)
    w.writerow(["student"] + [e.id for e in exercises] + ["total", "max", "manual_max"]
               + (LEADERBOARD_COLUMNS if board else []) + (["note"] if notes else []))
    for name in sorted(records):
        scores = {x["id"]: x["score"] for x in records[name]["exercises"]}
        t = records[name]["totals"]
        final = records[name].get("final_classifier") or {}
        w.writerow([name] + [f"{scores.get(e.id, 0):g}" for e in exercises]
                   + [f"{t['score']:g}", f"{t['points']:g}", f"{t['manual_points']:g}"]
                   + ([_cell(final.get("test_percent")), _cell(final.get("parameters")),
                       _cell(final.get("rerun_seconds"))] if board else [])
                   + ([records[name].get("note", "")] if notes else []))
    return buf.getvalue()


def _cell(value) -> str:
    return "" if value is None else f"{value:g}"


def write_outputs(run: ClassRun, exercises: list[Exercise]) -> None:
    from .gradescope import results_json
    out = run.out
    write_atomic(out / "gradebook.csv", gradebook_csv(run.records, exercises))
    payload = {"students": [run.records[n] for n in sorted(run.records)],
               "failed": run.failed, "no_submission": run.missing}
    if any(e.id == FINAL for e in exercises):
        payload["leaderboard"] = {"exercise": FINAL, "rows": leaderboard(run.records)}
    write_atomic(out / "grades.json", json.dumps(payload, indent=1, ensure_ascii=False))
    for name, record in run.records.items():
        results = [runner_result(x) for x in record["exercises"]]
        write_atomic(out / "gradescope" / name / "results.json",
                     json.dumps(results_json(results, record.get("note", "")), indent=1, ensure_ascii=False))


def runner_result(d: dict) -> runner.ExerciseResult:
    checks = [runner.CheckResult(**c) for c in d.get("checks", [])]
    fields = {k: v for k, v in d.items() if k != "checks"}
    return runner.ExerciseResult(**fields, checks=checks)


def class_table(run: ClassRun, exercises: list[Exercise], lang: str = "en"):
    from rich.table import Table
    from rich.text import Text
    zh = lang == "zh"
    table = Table(title=f"{len(run.records)} " + ("名学生" if zh else "student(s)"), title_justify="left")
    table.add_column("学生" if zh else "student", no_wrap=True)
    for e in exercises:
        table.add_column(e.id.split(".", 1)[1][:14], justify="right")
    table.add_column("总计" if zh else "total", justify="right", no_wrap=True)
    for name in sorted(run.records):
        rec = run.records[name]
        by_id = {x["id"]: x for x in rec["exercises"]}
        cells = []
        for e in exercises:
            x = by_id.get(e.id)
            if x is None:
                cells.append("")
                continue
            style = "green" if x["status"] == "passed" else ("yellow" if x["status"] == "not started" else "red")
            cells.append(f"[{style}]{x['score']:g}[/{style}]")
        t = rec["totals"]
        table.add_row(Text(name), *cells, f"{t['score']:g} / {t['points']:g}")  # folder names are text
    for name, why in sorted(run.failed.items()):
        table.add_row(Text(name), *["" for _ in exercises], Text(f"not graded: {why[:60]}", style="red"))
    return table


def leaderboard_table(run: ClassRun, lang: str = "en", top: int = 10):
    """The final classifier's leaderboard for the terminal (None when nobody has a model)."""
    from rich.table import Table
    from rich.text import Text
    rows = leaderboard(run.records)
    if not rows:
        return None
    zh = lang == "zh"
    table = Table(title=("最终分类器排行榜" if zh else f"leaderboard: {FINAL}"), title_justify="left")
    for col in (("名次", "#"), ("学生", "student"), ("测试准确率", "test %"), ("参数个数", "parameters"),
                ("网络", "network"), ("重跑时间 (s)", "re-run s")):
        table.add_column(col[0] if zh else col[1], justify="left" if col[1] in ("student", "network") else "right")
    for i, r in enumerate(rows[:top], 1):
        table.add_row(str(i), Text(r["student"]), f"{r['test_percent']:.2f}", f"{r['parameters']:,}",
                      Text(r["network"]), "" if r["rerun_seconds"] is None else f"{r['rerun_seconds']:.1f}")
    return table
