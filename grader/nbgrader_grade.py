"""Secure grading of an nbgrader course: `nndl grade --nbgrader COURSE_DIR ASSIGNMENT`.

Plain ``nbgrader autograde`` runs the checks in the student's own kernel, so an
answer cell can switch them off (rebind an assert helper, patch the kit's check
runner) or copy the answers from the course folder.  Here the checks never
share a process with student code:

1. each student's answer cells are read from ``submitted/<student>/<assignment>/*.ipynb``
   (the cell with grade_id ``chN_name_answer`` of notebook ``name.ipynb``) and written
   as a submission folder ``chN/name.py`` in a fresh temporary folder.  Notebooks are
   data: read as regular files of bounded size with no link followed below
   ``submitted/`` (grader.untrusted), parsed as JSON with every field type-checked;
   a notebook that is a link, a FIFO, a device or too large costs its exercise, with
   a plain message;
2. the kit's isolated grader (`runner.grade`) grades it with visible and hidden checks;
3. each check's points go into nbgrader's gradebook (``nbgrader.api.Gradebook``):
   ``auto_score`` of the matching test cell, so ``nbgrader export`` and formgrader
   show them.  Manually graded (essay) cells are left for the instructor.

Feedback, so that nbgrader's documented order (autograde, this, export,
generate_feedback, release_feedback) hands out the kit's results:

- each autograded notebook (``autograded/<student>/<assignment>/<name>.ipynb``, written
  by ``nbgrader autograde``) gets a markdown cell with the kit's score and the failed
  checks' messages, and each test cell's output becomes the kit's verdict on that check
  (the kernel's own outputs may be a cheat's); ``nbgrader generate_feedback`` renders
  them into its HTML, which ``release_feedback`` hands out;
- a plain-words report for the instructor, ``nndl-feedback.md``, goes beside them;
  ``generate_feedback`` copies it into ``feedback/<student>/<assignment>/``.

Hidden checks appear by number only ("hidden check 2"), never by name or code.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from typing import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import catalogue, runner, untrusted
from .submission import read_submission_file
from .wire import StudentError
from .nbgrader_course import COURSE_ID, GradeCell, answer_id, grade_cells

FEEDBACK_NAME = "nndl-feedback.md"
FEEDBACK_CELL_ID = "nndl-feedback"


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


def answer_source(raw: bytes, ex) -> str | None:
    """The source of ``ex``'s answer cell in a notebook's bytes (None if there is none).

    The notebook is data: JSON read with bounds, every field checked for its type;
    nothing in it (metadata included) is ever run or imported here.  The cell's
    source only becomes the file ``chN/name.py`` of the copied submission.
    """
    try:
        nb = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    cells = nb.get("cells") if isinstance(nb, dict) else None
    if not isinstance(cells, list):
        return None
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        meta = cell.get("metadata")
        meta = meta.get("nbgrader") if isinstance(meta, dict) else None
        if not isinstance(meta, dict) or meta.get("grade_id") != answer_id(ex):
            continue
        src = cell.get("source", "")
        if isinstance(src, list) and all(isinstance(line, str) for line in src):
            return "".join(src)
        return src if isinstance(src, str) else None
    return None


def read_answer(notebook: Path, ex, base: Path | None = None) -> str | None:
    """The source of ``ex``'s answer cell in a submitted notebook (None if there is none).

    Read through grader.untrusted: a regular file of bounded size, no link followed
    below ``base`` (default: the notebook's folder); a link, FIFO, device or
    oversized notebook raises `untrusted.Refused` with a plain message.
    """
    notebook = Path(notebook)
    base = Path(base) if base is not None else notebook.parent
    return answer_source(untrusted.read_file(base, notebook.relative_to(base).as_posix()), ex)


def write_submission(folder: Path, nb_dir: Path, exercises, base: Path | None = None,
                     refused: dict | None = None) -> list:
    """Write chN/name.py for every exercise with an answer cell; returns the problems found.

    Notebooks the grader would not read (see `read_answer`) go into ``refused``
    (exercise file -> plain message), for runner.grade to report on their exercise.
    """
    problems = []
    for ex in exercises:
        try:
            src = read_answer(nb_dir / f"{ex.name}.ipynb", ex, base)
        except FileNotFoundError:
            src = None
        except untrusted.Refused as exc:
            if refused is not None:
                refused[ex.relpath] = str(exc)
            problems.append(f"{ex.id}: {exc}")
            continue
        if src is None:
            problems.append(f"{ex.id}: no answer cell {answer_id(ex)} in {ex.name}.ipynb")
            continue
        path = folder / ex.relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(src + "\n", encoding="utf-8", errors="surrogateescape")
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


def _verdicts(ex, result) -> dict[str, tuple[bool, str]]:
    """grade_id -> (passed, one line for the notebook) for ``ex``'s test cells."""
    by_name = {c.name: c for c in result.checks}
    out = {}
    for cell in grade_cells(ex):
        check = by_name.get(cell.check)
        label = f"hidden check {cell.grade_id.rsplit('_', 1)[1]}" if cell.hidden else cell.check
        if check is None:
            out[cell.grade_id] = (False, f"{label}: not run")
        elif check.passed:
            out[cell.grade_id] = (True, f"{label}: passed")
        else:
            out[cell.grade_id] = (False, f"{label}: {check.message or check.outcome}")
    return out


def feedback_cell(ex, result, score: float | None = None) -> dict:
    """The markdown cell the kit adds to an autograded notebook (rendered by generate_feedback).

    ``score`` is the exercise's total in the gradebook (its test cells' points)."""
    score = result.score if score is None else score
    lines = [f"**nndl grade** (the kit's isolated grader; its scores are the gradebook's): "
             f"**{score:g} / {result.points:g}** for `{ex.id}`.", ""]
    failed = [text for ok, text in _verdicts(ex, result).values() if not ok]
    if failed:
        lines.append("Checks that did not pass:")
        lines.append("")
        lines += [f"- {text}" for text in failed]
    elif result.message:
        lines.append(result.message)
    else:
        lines.append("Every check passed.")
    src = "\n".join(lines)
    return {"cell_type": "markdown", "id": FEEDBACK_CELL_ID, "metadata": {"nndl": "feedback"},
            "source": src}


def annotate_notebook(path: Path, ex, result, score: float | None = None) -> bool:
    """Put the kit's results into an autograded notebook; False if it cannot be read."""
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
        cells = nb["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    cells[:] = [c for c in cells if (c.get("metadata") or {}).get("nndl") != "feedback"]
    verdicts = _verdicts(ex, result)
    for cell in cells:
        gid = ((cell.get("metadata") or {}).get("nbgrader") or {}).get("grade_id")
        if cell.get("cell_type") == "code" and gid in verdicts:
            ok, text = verdicts[gid]
            cell["outputs"] = [{"output_type": "stream", "name": "stdout" if ok else "stderr",
                                "text": f"nndl grade: {text}\n"}]
    at = next((i + 1 for i, c in enumerate(cells)
               if ((c.get("metadata") or {}).get("nbgrader") or {}).get("grade_id", "").endswith("_statement")), 0)
    cells.insert(at, feedback_cell(ex, result, score))
    if nb.get("nbformat_minor", 0) < 5:  # cell ids need nbformat 4.5
        cells[at].pop("id", None)
    tmp = path.with_name(f".{path.name}.nndl-tmp")
    tmp.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return True


def write_feedback(course_dir: Path, student: str, assignment: str, exercises, results,
                   log: Callable = print, scores: dict | None = None) -> Path | None:
    """The kit's feedback for one student, where nbgrader's generate_feedback picks it up."""
    autograded = course_dir / "autograded" / student / assignment
    if not any(autograded.glob("*.ipynb")):
        log(f"nndl: {student} has no autograded notebooks: run `nbgrader autograde {assignment}` "
            "before `nndl grade --nbgrader` to get feedback for nbgrader's generate_feedback")
        return None
    for ex, result in zip(exercises, results):
        nb = autograded / f"{ex.name}.ipynb"
        if nb.exists():
            annotate_notebook(nb, ex, result, (scores or {}).get(ex.id))
    dest = autograded / FEEDBACK_NAME
    dest.write_text(feedback_text(student, assignment, results), encoding="utf-8")
    made = course_dir / "feedback" / student / assignment
    if any(made.glob("*.html")):
        log(f"nndl: feedback/{student}/{assignment} was made before this grading: "
            f"`nbgrader generate_feedback --force {assignment}` remakes it with these results")
    return dest


def grade_course(course_dir: Path, assignment: str, students: list[str] | None = None,
                 isolation: str = "auto", feedback: bool = True, log=print) -> list[StudentGrades]:
    """Grade every (or the named) student's submission of ``assignment`` into the gradebook."""
    course_dir = Path(course_dir).resolve()
    if not (course_dir / "gradebook.db").exists():
        raise NbgraderError(f"{course_dir} has no gradebook.db: run `nbgrader generate_assignment "
                            f"{assignment}` there first")
    try:
        from nbgrader.api import Gradebook, MissingEntry
    except ImportError:
        raise NbgraderError("nbgrader is not installed here: pip install -e '.[nbgrader]'") from None
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
            if untrusted.plain_name(student) != student:
                # Not a usable nbgrader student id (bytes that are not UTF-8, control characters).
                log(f"nndl: submitted/{untrusted.plain_name(student)}/ is not a valid student id "
                    "(control characters or bytes that are not UTF-8 in its name); left alone")
                continue
            grades = StudentGrades(student)
            with tempfile.TemporaryDirectory(prefix="nndl-nbgrader-") as tmp:
                folder = Path(tmp) / "submission"
                folder.mkdir()
                refused: dict[str, str] = {}
                grades.problems = write_submission(folder, submitted / student / assignment, exercises,
                                                   base=submitted, refused=refused)
                with _inside(folder):
                    grades.results = runner.grade(folder, exercises, hidden=True, isolation=isolation,
                                                  refused=refused)
            gb.update_or_create_student(student)
            try:
                gb.find_submission(assignment, student)
            except MissingEntry:
                gb.add_submission(assignment, student)
            for ex, result in zip(exercises, grades.results):
                cells = cell_scores(ex, result, notebooks[ex.name])
                for gid, score in cells.items():
                    grade = gb.find_grade(gid, ex.name, assignment, student)
                    grade.auto_score = score
                    grade.needs_manual_grade = grade.manual_score is not None
                    grades.cells[(ex.name, gid)] = score
                try:
                    comment = gb.find_comment(answer_id(ex), ex.name, assignment, student)
                    # generate_feedback shows this comment: hidden checks by number, as in the notebook
                    failed = [text for ok, text in _verdicts(ex, result).values() if not ok]
                    comment.auto_comment = (f"nndl grade: {sum(cells.values()):g} / {result.points:g}"
                                            + (f"; {failed[0]}" if failed else ""))
                except MissingEntry:
                    pass
            gb.db.commit()
            if feedback:
                scores = {ex.id: round(sum(v for (name, _), v in grades.cells.items() if name == ex.name), 3)
                          for ex in exercises}
                write_feedback(course_dir, student, assignment, exercises, grades.results, log, scores)
            out.append(grades)
            log(f"{student}: {grades.score:g} auto-graded points"
                + (f" ({len(grades.problems)} answer cell(s) missing)" if grades.problems else ""))
    return out
