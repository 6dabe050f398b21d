"""Secure grading of an nbgrader course: `nndl grade --nbgrader COURSE_DIR ASSIGNMENT`.

Plain ``nbgrader autograde`` runs the checks in the student's own kernel, so an
answer cell can switch them off (rebind an assert helper, patch the kit's check
runner) or copy the answers from the course folder.  Here the checks never
share a process with student code:

1. each student's answer cells are read from ``submitted/<student>/<assignment>/*.ipynb``
   (the cell with grade_id ``chN_name_answer`` of notebook ``name.ipynb``) and written
   as a submission folder ``chN/name.py`` in a fresh temporary folder;
2. the kit's isolated grader (`runner.grade`) grades it with visible and hidden checks;
3. each check's points go into nbgrader's gradebook (``nbgrader.api.Gradebook``):
   ``auto_score`` of the matching test cell, so ``nbgrader export`` and formgrader
   show them.  Manually graded (essay) cells are left for the instructor.

A plain-words report per student goes to ``feedback/<student>/<assignment>/nndl-feedback.md``
(messages only: no check code, no hidden check names).
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import catalogue, runner
from .submission import read_submission_file
from .wire import StudentError
from .nbgrader_course import COURSE_ID, GradeCell, answer_id, grade_cells

FEEDBACK_NAME = "nndl-feedback.md"


class NbgraderError(RuntimeError):
    pass


@dataclass
class StudentGrades:
    student: str
    results: list = field(default_factory=list)        # runner.ExerciseResult
    cells: dict = field(default_factory=dict)          # (notebook, grade_id) -> score
    problems: list = field(default_factory=list)

    @property
    def score(self) -> float:
        return round(sum(self.cells.values()), 2)


def db_url(course_dir: Path) -> str:
    return f"sqlite:///{Path(course_dir).resolve() / 'gradebook.db'}"


def read_answer(notebook: Path, ex) -> str | None:
    """The source of ``ex``'s answer cell in a submitted notebook (None if there is none)."""
    try:
        nb = json.loads(notebook.read_text(encoding="utf-8"))
        cells = nb["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    for cell in cells:
        meta = (cell.get("metadata") or {}).get("nbgrader") or {}
        if cell.get("cell_type") == "code" and meta.get("grade_id") == answer_id(ex):
            src = cell.get("source", "")
            return "".join(src) if isinstance(src, list) else str(src)
    return None


def write_submission(folder: Path, nb_dir: Path, exercises) -> list:
    """Write chN/name.py for every exercise with an answer cell; returns the problems found."""
    problems = []
    for ex in exercises:
        src = read_answer(nb_dir / f"{ex.name}.ipynb", ex)
        if src is None:
            problems.append(f"{ex.id}: no answer cell {answer_id(ex)} in {ex.name}.ipynb")
            continue
        path = folder / ex.relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(src + "\n", encoding="utf-8")
        for rel in ex.files:  # data files handed in next to the notebook (never through a link)
            try:
                raw = read_submission_file(nb_dir, Path(rel).name)
            except StudentError as exc:
                problems.append(f"{ex.id}: {exc}")
                continue
            if raw is not None:
                (folder / rel).write_bytes(raw)
    return problems


def cell_scores(ex, result, db_cells: dict[str, float]) -> dict[str, float]:
    """grade_id -> points for the autograded test cells of one exercise."""
    plan: dict[str, GradeCell] = {c.grade_id: c for c in grade_cells(ex)}
    passed = {c.name for c in result.checks if c.passed}
    out = {}
    for gid, max_score in db_cells.items():
        cell = plan.get(gid)
        out[gid] = float(max_score) if cell is not None and cell.check in passed else 0.0
    return out


@contextlib.contextmanager
def _inside(folder: Path):
    """Grade from inside the throw-away folder, so relative paths lead nowhere useful."""
    old = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(old)


def feedback_text(student: str, assignment: str, results) -> str:
    lines = [f"# {assignment}: grades for {student}", "",
             "| exercise | score | status |", "|---|---|---|"]
    for r in results:
        lines.append(f"| {r.id} | {r.score:g} / {r.points:g} | {r.status} |")
    lines.append("")
    for r in results:
        if r.status == "passed":
            continue
        lines.append(f"## {r.id}: {r.title_en} · {r.title_zh}")
        for c in r.checks:
            if not c.passed:
                who = runner.check_label(c.name, c.hidden)
                lines.append(f"- {who}: {c.message}")
        lines.append("")
    total = sum(r.score for r in results)
    lines.append(f"Auto-graded total: {total:g} / {sum(r.points for r in results):g} "
                 "(written parts are graded by hand).")
    return "\n".join(lines) + "\n"


def grade_course(course_dir: Path, assignment: str, students: list[str] | None = None,
                 isolation: str = "auto", feedback: bool = True, log=print) -> list[StudentGrades]:
    """Grade every (or the named) student's submission of ``assignment`` into the gradebook."""
    from nbgrader.api import Gradebook, MissingEntry

    course_dir = Path(course_dir).resolve()
    if not (course_dir / "gradebook.db").exists():
        raise NbgraderError(f"{course_dir} has no gradebook.db: run `nbgrader generate_assignment "
                            f"{assignment}` there first")
    submitted = course_dir / "submitted"
    names = students or sorted(p.parent.name for p in submitted.glob(f"*/{assignment}") if p.is_dir())
    out = []
    with Gradebook(db_url(course_dir), COURSE_ID) as gb:
        try:
            db_assignment = gb.find_assignment(assignment)
        except MissingEntry:
            raise NbgraderError(f"assignment {assignment!r} is not in the gradebook: run "
                                f"`nbgrader generate_assignment {assignment}` first") from None
        notebooks = {nb.name: {gc.name: gc.max_score for gc in nb.grade_cells
                               if not (gc.cell_type == "markdown")}
                     for nb in db_assignment.notebooks}
        exercises = []
        for nb_name in sorted(notebooks):
            try:
                exercises.append(catalogue.get(f"{assignment}.{nb_name}"))
            except catalogue.CatalogueError:
                log(f"nndl: {assignment}/{nb_name}.ipynb is not a kit exercise; left alone")
        for student in names:
            grades = StudentGrades(student)
            with tempfile.TemporaryDirectory(prefix="nndl-nbgrader-") as tmp:
                folder = Path(tmp) / "submission"
                folder.mkdir()
                grades.problems = write_submission(folder, submitted / student / assignment, exercises)
                with _inside(folder):
                    grades.results = runner.grade(folder, exercises, hidden=True, isolation=isolation)
            gb.update_or_create_student(student)
            try:
                gb.find_submission(assignment, student)
            except MissingEntry:
                gb.add_submission(assignment, student)
            for ex, result in zip(exercises, grades.results):
                for gid, score in cell_scores(ex, result, notebooks[ex.name]).items():
                    grade = gb.find_grade(gid, ex.name, assignment, student)
                    grade.auto_score = score
                    grade.needs_manual_grade = grade.manual_score is not None
                    grades.cells[(ex.name, gid)] = score
                try:
                    comment = gb.find_comment(answer_id(ex), ex.name, assignment, student)
                    comment.auto_comment = (f"nndl grade: {result.score:g} / {result.points:g}"
                                            + (f"; {result.message}" if result.message else ""))
                except MissingEntry:
                    pass
            gb.db.commit()
            if feedback:
                dest = course_dir / "feedback" / student / assignment
                dest.mkdir(parents=True, exist_ok=True)
                (dest / FEEDBACK_NAME).write_text(feedback_text(student, assignment, grades.results),
                                                  encoding="utf-8")
            out.append(grades)
            log(f"{student}: {grades.score:g} auto-graded points"
                + (f" ({len(grades.problems)} answer cell(s) missing)" if grades.problems else ""))
    return out
