"""Grading a whole class: ``nndl grade CLASS_DIR --jobs N``.

CLASS_DIR holds one folder per student, each a filled-in copy of exercises/.
Every student is graded by a worker (sandbox) of their own, never shared, in
``jobs`` parallel processes.  Each student's result is written atomically to
``OUT/students/<student>.json`` as soon as it is known, with a hash of the
submission's files and of the checks: an interrupted run resumes where it
stopped and regrades only students whose files (or the checks) changed.  From
those files come the class outputs: ``gradebook.csv`` (one row per student,
one column per exercise), ``grades.json`` and Gradescope's ``results.json``
per student (``OUT/gradescope/<student>/results.json``).
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
from dataclasses import dataclass
from pathlib import Path

from . import catalogue, runner
from .catalogue import Exercise

SKIP = {"__pycache__", ".git", ".ipynb_checkpoints"}
FORMAT = 1


def is_submission(folder: Path) -> bool:
    return folder.is_dir() and any((folder / f"ch{n}").is_dir() for n in (1, 2, 3))


def is_class(folder: Path) -> bool:
    folder = Path(folder)
    return (folder.is_dir() and not is_submission(folder)
            and any(is_submission(p) for p in folder.iterdir() if not p.name.startswith(".")))


def students(folder: Path) -> list[Path]:
    return sorted(p for p in Path(folder).iterdir()
                  if p.is_dir() and not p.name.startswith(".") and p.name not in SKIP)


def tree_hash(folder: Path) -> str:
    """sha256 over every file's relative path and bytes (symlinks by their target text)."""
    h = hashlib.sha256()
    folder = Path(folder)
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP)
        for name in sorted(filenames):
            p = Path(dirpath) / name
            rel = p.relative_to(folder).as_posix()
            h.update(rel.encode() + b"\0")
            if p.is_symlink():
                h.update(b"link:" + os.readlink(p).encode())
            else:
                try:
                    h.update(p.read_bytes())
                except OSError:
                    h.update(b"unreadable")
            h.update(b"\0")
    return h.hexdigest()


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
                  key: str, limits=None) -> dict:
    """Grade one submission in its own worker; write and return its record."""
    exercises = [catalogue.get(i) for i in exercise_ids]
    t0 = time.perf_counter()
    results = runner.grade(sub, exercises, hidden=hidden, isolation=isolation, limits=limits)
    record = {"student": sub.name, "submission_hash": tree_hash(sub), "checks_hash": key,
              "seconds": round(time.perf_counter() - t0, 2), "totals": runner.totals(results),
              "exercises": [r.to_dict() for r in results]}
    write_atomic(out / "students" / f"{sub.name}.json", json.dumps(record, indent=1, ensure_ascii=False))
    return record


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

@dataclass
class ClassRun:
    records: dict[str, dict]
    graded: list[str]
    skipped: list[str]
    failed: dict[str, str]
    out: Path


def grade_class(folder: Path, exercises: list[Exercise], out: Path, jobs: int = 1,
                hidden: bool = True, isolation: str = "auto", limits=None,
                progress: bool = True, console=None) -> ClassRun:
    folder, out = Path(folder).resolve(), Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    key = checks_hash(exercises, hidden)
    ids = [e.id for e in exercises]
    records, todo, skipped, failed, graded = {}, [], [], {}, []
    for sub in students(folder):
        done = load_done(out / "students" / f"{sub.name}.json", sub, key)
        if done is not None:
            records[sub.name] = done
            skipped.append(sub.name)
        else:
            todo.append(sub)

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
            pending = {pool.submit(grade_student, sub, out, ids, hidden, isolation, key, limits): sub
                       for sub in todo}
            try:
                while pending:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        sub = pending.pop(fut)
                        try:
                            records[sub.name] = fut.result()
                            graded.append(sub.name)
                        except Exception as exc:  # noqa: BLE001 - the grader failed, not the student
                            failed[sub.name] = f"{type(exc).__name__}: {exc}"
                        if bar:
                            bar.update(task, advance=1, description=sub.name)
            except BaseException:
                for fut in pending:
                    fut.cancel()
                raise
    finally:
        if bar:
            bar.stop()
    run = ClassRun(records, graded, skipped, failed, out)
    write_outputs(run, exercises)
    return run


# ------------------------------------------------------------------ outputs

def gradebook_csv(records: dict[str, dict], exercises: list[Exercise]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["student"] + [e.id for e in exercises] + ["total", "max", "manual_max"])
    for name in sorted(records):
        scores = {x["id"]: x["score"] for x in records[name]["exercises"]}
        t = records[name]["totals"]
        w.writerow([name] + [f"{scores.get(e.id, 0):g}" for e in exercises]
                   + [f"{t['score']:g}", f"{t['points']:g}", f"{t['manual_points']:g}"])
    return buf.getvalue()


def write_outputs(run: ClassRun, exercises: list[Exercise]) -> None:
    from .gradescope import results_json
    out = run.out
    write_atomic(out / "gradebook.csv", gradebook_csv(run.records, exercises))
    write_atomic(out / "grades.json", json.dumps(
        {"students": [run.records[n] for n in sorted(run.records)],
         "failed": run.failed}, indent=1, ensure_ascii=False))
    for name, record in run.records.items():
        results = [runner_result(x) for x in record["exercises"]]
        write_atomic(out / "gradescope" / name / "results.json",
                     json.dumps(results_json(results), indent=1, ensure_ascii=False))


def runner_result(d: dict) -> runner.ExerciseResult:
    checks = [runner.CheckResult(**c) for c in d.get("checks", [])]
    fields = {k: v for k, v in d.items() if k != "checks"}
    return runner.ExerciseResult(**fields, checks=checks)


def class_table(run: ClassRun, exercises: list[Exercise], lang: str = "en"):
    from rich.table import Table
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
        table.add_row(name, *cells, f"{t['score']:g} / {t['points']:g}")
    for name, why in sorted(run.failed.items()):
        table.add_row(name, *["" for _ in exercises], f"[red]not graded: {why[:60]}[/red]")
    return table
