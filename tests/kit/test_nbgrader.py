"""The nbgrader course, end to end on the real nbgrader and a real Jupyter kernel.

`nndl nbgrader build` -> `nbgrader generate_assignment` -> submissions ->
`nbgrader autograde` -> `nndl grade --nbgrader` -> `nbgrader export` -> `generate_feedback`
-> `release_feedback`: exactly the order docs/nbgrader.md gives.

Students: ``ref`` (the reference answers), ``blank`` (the release notebooks,
untouched) and ``mixed`` (reference answers, except one wrong answer per chapter
and, where the chapter has room, two cheats: an answer cell that switches the
checks off in the kernel, and one that copies the answer from the source notebook).

By default: every exercise of chapter 1 and one exercise of each other chapter
(about a minute on 2 cores).  NNDL_NBGRADER_FULL=1 roundtrips every exercise.
Exercises marked slow (they train on MNIST) are left out of both.
"""
from __future__ import annotations

import ast
import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from grader import catalogue, nbgrader_course, nbgrader_grade, runner

from .conftest import make_submission

FULL = os.environ.get("NNDL_NBGRADER_FULL", "") not in ("", "0")
BIN = Path(sys.executable).parent

REBIND_CHEAT = '''
# --- cheat: switch the checks off inside the kernel ---
import numpy as np
np.testing.assert_allclose = lambda *a, **k: None
import grader.nbgrader_course as _kit
_kit.run_check = lambda *a, **k: None
'''

READ_CHEAT = '''
# --- cheat: copy the reference answer from the course's source notebook ---
import json as _json, pathlib as _pl
for _d in [_pl.Path.cwd(), *_pl.Path.cwd().parents]:
    _src = _d / "source" / "{chapter}" / "{name}.ipynb"
    if _src.exists():
        for _c in _json.loads(_src.read_text())["cells"]:
            if _c["metadata"].get("nbgrader", {{}}).get("grade_id") == "{grade_id}":
                exec("".join(_c["source"]), globals())
        break
'''


def selected() -> dict[str, list]:
    out = {}
    for assignment, exs in nbgrader_course.assignments().items():
        exs = [e for e in exs if not e.slow]
        if not FULL and assignment != "ch1":
            with_wrong = [e for e in exs if any(e.wrong_dir.glob("*.py"))]
            exs = (with_wrong or exs)[:1]
        if exs:
            out[assignment] = exs
    return out


def tamper_hidden_cell(nb: dict, ex) -> str:
    """Change the released text of ex's first hidden-test cell (nbgrader must still warn)."""
    for cell in nb["cells"]:
        gid = cell["metadata"].get("nbgrader", {}).get("grade_id", "")
        if re.search(r"_hidden_\d+$", gid):
            cell["source"] = "".join(cell["source"]) + "\npass  # changed by the student\n"
            return gid
    raise AssertionError(f"{ex.id} has no hidden-test cell to tamper with")


def nbgrader(course: Path, *args: str) -> str:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = subprocess.run([str(BIN / "nbgrader"), *args], cwd=course, env=env,
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc.stdout + proc.stderr


def set_answer(nb: dict, ex, source: str) -> None:
    for cell in nb["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id") == nbgrader_course.answer_id(ex):
            cell["source"] = source
            return
    raise AssertionError(f"no answer cell {nbgrader_course.answer_id(ex)} in {ex.name}.ipynb")


def set_essay(nb: dict, ex, text: str) -> None:
    for cell in nb["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id") == nbgrader_course.essay_id(ex):
            cell["source"] = text
            return
    raise AssertionError(f"no essay cell {nbgrader_course.essay_id(ex)} in {ex.name}.ipynb")


def release_answer(course: Path, ex) -> str:
    nb = json.loads((course / "release" / ex.chapter_dir / f"{ex.name}.ipynb").read_text())
    for cell in nb["cells"]:
        if cell["metadata"].get("nbgrader", {}).get("grade_id") == nbgrader_course.answer_id(ex):
            return "".join(cell["source"])
    raise AssertionError(f"the release of {ex.id} has no answer cell")


def wrong_source(ex) -> tuple[str, Path]:
    path = sorted(ex.wrong_dir.glob("*.py"))[0]
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(True)
    for node in ast.parse(text).body:  # CAUGHT_BY is the kit's test data, not the student's text
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "CAUGHT_BY" for t in node.targets):
            lines[node.lineno - 1:node.end_lineno] = [""] * (node.end_lineno - node.lineno + 1)
    wrong = "".join(lines)
    return ex.solution_path.read_text(encoding="utf-8") + "\n\n# --- wrong answer ---\n" + wrong, path


def notebook_scores(course: Path, assignment: str, student: str, exs) -> dict[str, float]:
    with Gradebook(nbgrader_grade.db_url(course), nbgrader_course.COURSE_ID) as gb:
        return {ex.id: round(gb.find_submission_notebook(ex.name, assignment, student).score, 3)
                for ex in exs}


@pytest.fixture(scope="module")
def roundtrip(tmp_path_factory):
    base = tmp_path_factory.mktemp("nbgrader")
    course = base / "course"
    nbgrader_course.build(course)
    chosen = selected()
    keep = {course / "source" / a / f"{e.name}.ipynb" for a, exs in chosen.items() for e in exs}
    for nb in (course / "source").glob("ch*/*.ipynb"):
        if nb not in keep:
            nb.unlink()
    plan = {"wrong": {}, "rebind": {}, "read": {}, "tampered": {}}
    for assignment, exs in chosen.items():
        nbgrader(course, "generate_assignment", assignment)
        with_wrong = [e for e in exs if any(e.wrong_dir.glob("*.py"))]
        if with_wrong:
            plan["wrong"][assignment] = with_wrong[0]
        others = [e for e in exs if e not in with_wrong[:1]]
        if len(others) >= 2:
            plan["rebind"][assignment], plan["read"][assignment] = others[0], others[1]
        for student in ("ref", "blank", "mixed"):
            dest = course / "submitted" / student / assignment
            dest.mkdir(parents=True)
            for ex in exs:
                nb = json.loads((course / "release" / assignment / f"{ex.name}.ipynb").read_text())
                if student == "ref" or (student == "mixed" and ex not in (
                        plan["rebind"].get(assignment), plan["read"].get(assignment))):
                    set_answer(nb, ex, ex.solution_path.read_text(encoding="utf-8"))
                if student == "ref" and ex.manual_points:
                    set_essay(nb, ex, nbgrader_course.essay_reference(ex))
                if student == "mixed" and ex is plan["wrong"].get(assignment):
                    set_answer(nb, ex, wrong_source(ex)[0])
                if student == "mixed" and ex is plan["rebind"].get(assignment):
                    set_answer(nb, ex, release_answer(course, ex) + REBIND_CHEAT)
                if student == "mixed" and ex is plan["read"].get(assignment):
                    set_answer(nb, ex, release_answer(course, ex) + READ_CHEAT.format(
                        chapter=assignment, name=ex.name, grade_id=nbgrader_course.answer_id(ex)))
                if student == "mixed" and ex is exs[-1] and assignment == "ch1":
                    plan["tampered"][assignment] = tamper_hidden_cell(nb, ex)
                (dest / f"{ex.name}.ipynb").write_text(json.dumps(nb, ensure_ascii=False))
            # What `nbgrader submit` writes beside the notebooks (release_feedback needs both).
            (dest / "timestamp.txt").write_text("2026-01-15 10:00:00.000000 UTC")
            (dest / "submission_secret.txt").write_text(f"{student}-{assignment}-secret")
    plain, autograde_log = {}, {}
    for assignment, exs in chosen.items():
        autograde_log[assignment] = nbgrader(course, "autograde", assignment)
        plain[assignment] = {s: notebook_scores(course, assignment, s, exs) for s in ("ref", "blank", "mixed")}
    secure, messages = {}, {}
    for assignment, exs in chosen.items():
        proc = subprocess.run([str(BIN / "nndl"), "grade", "--nbgrader", str(course), assignment, "--json"],
                              capture_output=True, text=True, timeout=1800)
        assert proc.returncode == 0, f"nndl grade --nbgrader failed:\n{proc.stderr[-3000:]}"
        graded = json.loads(proc.stdout)
        messages.update({(student, eid): r["message"] for student, g in graded.items()
                         for eid, r in g["exercises"].items()})
        secure[assignment] = {s: notebook_scores(course, assignment, s, exs) for s in ("ref", "blank", "mixed")}
    nbgrader(course, "export")
    with open(course / "grades.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    exported = {(r["assignment"], r["student_id"]): float(r["raw_score"]) for r in rows}
    exported_text = {(r["assignment"], r["student_id"]): r["raw_score"] for r in rows}
    exchange = base / "exchange"
    exchange.mkdir()
    for assignment in chosen:
        nbgrader(course, "generate_feedback", assignment)
        nbgrader(course, "release_feedback", assignment, f"--Exchange.root={exchange}")
    return {"course": course, "chosen": chosen, "plan": plan, "plain": plain, "secure": secure,
            "exported": exported, "exported_text": exported_text, "messages": messages,
            "autograde_log": autograde_log, "exchange": exchange}


# ------------------------------------------------------------------ the generated course

def test_regenerating_gives_identical_files(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    nbgrader_course.build(a)
    assert nbgrader_course.build(a) == [], "a second build over the same course should change nothing"
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    nbgrader_course.build(b)
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b, "two builds should write the same files"
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), f"{rel} differs between two builds"


def test_source_notebooks_follow_the_catalogue(tmp_path):
    nbgrader_course.build(tmp_path)
    built = nbgrader_course.assignments()
    assert set(built) == {p.name for p in (tmp_path / "source").iterdir()}, "one assignment per chapter"
    for assignment, exs in built.items():
        for ex in exs:
            nb = json.loads((tmp_path / "source" / assignment / f"{ex.name}.ipynb").read_text())
            metas = [c["metadata"]["nbgrader"] for c in nb["cells"]]
            assert all(m["schema_version"] == 3 for m in metas), f"{ex.id}: schema_version must be 3"
            ids = [m["grade_id"] for m in metas]
            assert len(ids) == len(set(ids)), f"{ex.id}: grade_ids must be unique"
            auto = sum(m["points"] for c, m in zip(nb["cells"], metas)
                       if m["grade"] and c["cell_type"] == "code")
            manual = sum(m["points"] for c, m in zip(nb["cells"], metas)
                         if m["grade"] and c["cell_type"] == "markdown")
            assert auto == pytest.approx(ex.points), f"{ex.id}: test cells hold {auto}, catalogue says {ex.points}"
            assert manual == pytest.approx(ex.manual_points), f"{ex.id}: essay cell points differ from the catalogue"
            [answer] = [c for c, m in zip(nb["cells"], metas) if m["grade_id"] == nbgrader_course.answer_id(ex)]
            assert "".join(answer["source"]).rstrip() == ex.solution_path.read_text(encoding="utf-8").rstrip(), \
                f"{ex.id}: the answer cell should hold the solution module"
            assert answer["metadata"]["nbgrader"]["solution"] and not answer["metadata"]["nbgrader"]["locked"], \
                f"{ex.id}: the answer cell should be an unlocked solution cell"
            text = "".join("".join(c["source"]) for c in nb["cells"])
            assert ex.title_en in text and ex.title_zh in text, f"{ex.id}: the statement needs both titles"
            hidden = [c for c in runner.collect(ex) if c.hidden]
            assert text.count("### BEGIN HIDDEN TESTS") == len(hidden), f"{ex.id}: one hidden region per hidden check"


# ------------------------------------------------------------------ the release

def test_release_has_no_solutions_and_no_hidden_checks(roundtrip):
    course = roundtrip["course"]
    for assignment, exs in roundtrip["chosen"].items():
        for ex in exs:
            text = (course / "release" / assignment / f"{ex.name}.ipynb").read_text()
            assert "BEGIN SOLUTION" not in text, f"{ex.id}: the release still holds a solution region"
            assert "HIDDEN TESTS" not in text and "_nndl_hidden" not in text, \
                f"{ex.id}: the release still holds hidden checks"
            for check in runner.collect(ex):
                if check.hidden:
                    assert check.name not in text, f"{ex.id}: the release names hidden check {check.name}"
            assert release_answer(course, ex).rstrip() == ex.stub_path.read_text(encoding="utf-8").rstrip(), \
                f"{ex.id}: the released answer cell should be the kit's stub exercises/{ex.relpath}"


# ------------------------------------------------------------------ plain nbgrader autograde

def test_autograde_full_zero_and_partial(roundtrip):
    for assignment, exs in roundtrip["chosen"].items():
        scores = roundtrip["plain"][assignment]
        for ex in exs:
            assert scores["ref"][ex.id] == pytest.approx(ex.points), \
                f"nbgrader autograde: the reference answer of {ex.id} should get full marks"
            assert scores["blank"][ex.id] == 0, f"nbgrader autograde: the untouched {ex.id} should get 0"
        wrong = roundtrip["plan"]["wrong"].get(assignment)
        if wrong is not None:
            got = scores["mixed"][wrong.id]
            assert 0 <= got < wrong.points, f"nbgrader autograde: the wrong answer of {wrong.id} got full marks"


def test_plain_autograde_is_fooled_by_the_cheats(roundtrip):
    """The reason for the secure path: in the student's kernel the cheats work."""
    cheats = [(a, e) for kind in ("rebind", "read") for a, e in roundtrip["plan"][kind].items()]
    assert cheats, "chapter 1 should have room for both cheats"
    for assignment, ex in cheats:
        assert roundtrip["plain"][assignment]["mixed"][ex.id] == pytest.approx(ex.points), \
            f"expected plain nbgrader autograde to give the cheat on {ex.id} full marks"


# ------------------------------------------------------------------ the secure path

def test_secure_path_full_zero_and_partial(roundtrip, batch_dir, shared_worker):
    for assignment, exs in roundtrip["chosen"].items():
        scores = roundtrip["secure"][assignment]
        for ex in exs:
            assert scores["ref"][ex.id] == pytest.approx(ex.points), \
                f"nndl grade --nbgrader: the reference answer of {ex.id} should get full marks " \
                f"({roundtrip['messages'][('ref', ex.id)]})"
            assert scores["blank"][ex.id] == 0, f"nndl grade --nbgrader: the untouched {ex.id} should get 0"
        wrong = roundtrip["plan"]["wrong"].get(assignment)
        if wrong is not None:
            source, path = wrong_source(wrong)
            sub = f"nbgrader_{wrong.chapter_dir}_{wrong.name}"
            make_submission(batch_dir / sub, {wrong.relpath: source})
            [kit] = runner.grade(batch_dir / sub, [wrong], worker=shared_worker, subdir=sub)
            got = scores["mixed"][wrong.id]
            assert got < wrong.points, f"{path.name} got full marks through nndl grade --nbgrader"
            # The gradebook holds each check cell's points in whole eighths (exact sums in
            # nbgrader export), the kit's score to the hundredth: they agree within an eighth.
            assert got == pytest.approx(kit.score, abs=0.125), \
                f"{wrong.id}: the gradebook has {got}, the kit's grader gives {kit.score}"
            assert got == pytest.approx(roundtrip["plain"][assignment]["mixed"][wrong.id], abs=0.05), \
                f"{wrong.id}: the same checks should score the same in the kernel and in the grader"


def test_secure_path_gives_the_cheats_nothing(roundtrip):
    cheats = [(a, e) for kind in ("rebind", "read") for a, e in roundtrip["plan"][kind].items()]
    for assignment, ex in cheats:
        assert roundtrip["secure"][assignment]["mixed"][ex.id] == 0, \
            f"the cheat on {ex.id} should get nothing from nndl grade --nbgrader"


def test_export_shows_the_secure_scores(roundtrip):
    for assignment, exs in roundtrip["chosen"].items():
        full = sum(e.points for e in exs)
        got = roundtrip["exported"]
        assert got[(assignment, "ref")] == pytest.approx(full), \
            f"nbgrader export: ref should have {full} auto-graded points in {assignment} (essays ungraded)"
        assert got[(assignment, "blank")] == 0, f"nbgrader export: blank should have 0 in {assignment}"
        mixed = sum(roundtrip["secure"][assignment]["mixed"].values())
        assert got[(assignment, "mixed")] == pytest.approx(mixed), \
            f"nbgrader export should show the secure scores for mixed in {assignment}"


def test_export_totals_print_without_float_noise(roundtrip):
    for key, text in roundtrip["exported_text"].items():
        assert len(text.partition(".")[2]) <= 3, f"nbgrader export shows {text} for {key}: float noise"


def test_points_are_singular_and_plural(tmp_path):
    nbgrader_course.build(tmp_path)
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "source").rglob("*.ipynb"))
    assert "(1 points)" not in text and " 1 points " not in text, "one point is '1 point'"
    assert "(1 point)" in text or "1 point auto-graded" in text, "the singular should be used somewhere"


def test_autograde_warns_only_about_real_changes(roundtrip):
    for assignment, log in roundtrip["autograde_log"].items():
        warned = re.findall(r"Attribute 'checksum' for cell (\S+) has changed", log)
        tampered = roundtrip["plan"]["tampered"].get(assignment)
        assert warned == ([tampered] if tampered else []), \
            f"nbgrader autograde {assignment}: checksum warnings {warned}; only {tampered} was changed"


def test_essays_stay_for_manual_grading(roundtrip):
    essays = [(a, e) for a, exs in roundtrip["chosen"].items() for e in exs if e.manual_points]
    with Gradebook(nbgrader_grade.db_url(roundtrip["course"]), nbgrader_course.COURSE_ID) as gb:
        for assignment, ex in essays:
            grade = gb.find_grade(nbgrader_course.essay_id(ex), ex.name, assignment, "ref")
            assert grade.auto_score is None and grade.needs_manual_grade, \
                f"{ex.id}: the essay cell should wait for the instructor"


# ------------------------------------------------------------------ feedback

def test_documented_order_gives_both_feedbacks_and_release_hands_them_out(roundtrip):
    """autograde -> nndl grade --nbgrader -> export -> generate_feedback -> release_feedback."""
    course = roundtrip["course"]
    released = list((roundtrip["exchange"] / nbgrader_course.COURSE_ID / "feedback").glob("*.html"))
    n_notebooks = sum(len(exs) for exs in roundtrip["chosen"].values())
    assert len(released) == 3 * n_notebooks, \
        f"release_feedback should hand out one HTML per notebook and student, got {len(released)}"
    released_text = "\n".join(p.read_text(encoding="utf-8") for p in released)
    for assignment, exs in roundtrip["chosen"].items():
        for student in ("ref", "blank", "mixed"):
            folder = course / "feedback" / student / assignment
            assert (folder / nbgrader_grade.FEEDBACK_NAME).is_file(), \
                f"generate_feedback should carry the kit's {nbgrader_grade.FEEDBACK_NAME} into {folder}"
            for ex in exs:
                html = (folder / f"{ex.name}.html").read_text(encoding="utf-8")
                score = roundtrip["secure"][assignment][student][ex.id]
                shown = re.findall(rf"([0-9.]+) / {ex.points:g}</strong> for <code>{re.escape(ex.id)}</code>", html)
                assert "nndl grade" in html and shown and float(shown[0]) == pytest.approx(score, abs=0.01), \
                    f"{student}'s {ex.name}.html lacks the kit's result ({score:g} / {ex.points:g}): {shown}"
        for ex in [roundtrip["plan"][k].get(assignment) for k in ("rebind", "read")]:
            if ex is not None:  # the kernel's passing outputs of a cheat are not what the student sees
                html = (course / "feedback" / "mixed" / assignment / f"{ex.name}.html").read_text(encoding="utf-8")
                assert "nndl grade: " in html and f"0 / {ex.points:g}</strong>" in html, \
                    f"the cheat's feedback {ex.name}.html should show the kit's 0, not the kernel's passes"
    assert "nndl grade" in released_text, "the handed-out feedback should carry the kit's results"


def test_feedback_does_not_reveal_hidden_checks(roundtrip):
    course = roundtrip["course"]
    for assignment, exs in roundtrip["chosen"].items():
        for student in ("blank", "mixed"):
            folder = course / "feedback" / student / assignment
            html = {p.stem: p.read_text() for p in folder.glob("*.html")}
            assert set(html) == {e.name for e in exs}, f"nbgrader generate_feedback missed notebooks of {student}"
            mine = (folder / nbgrader_grade.FEEDBACK_NAME).read_text()
            assert "hidden check " in mine or student == "ref", "the kit's feedback should report hidden failures"
            for ex in exs:
                hidden_src = ex.hidden_path.read_text(encoding="utf-8")
                visible = {ln.strip() for ln in ex.visible_path.read_text(encoding="utf-8").splitlines()}
                # A failing hidden check is named in the kit's feedback; its code never appears.
                bodies = [ln.strip() for ln in hidden_src.splitlines()
                          if ln.strip().startswith("assert ") and ln.strip() not in visible]
                for text, where in ((html[ex.name], f"{ex.name}.html"), (mine, nbgrader_grade.FEEDBACK_NAME)):
                    assert "HIDDEN TESTS" not in text and "_nndl_hidden" not in text, \
                        f"{where} of {student} shows a hidden test cell"
                    for line in bodies:
                        assert line not in text, f"{where} of {student} reveals hidden check code: {line!r}"
                # nbgrader's own feedback strips hidden cells whole: not even their names show.
                for name in re.findall(r"^def (test_\w+)", hidden_src, flags=re.M):
                    assert name not in html[ex.name], f"{ex.name}.html of {student} shows hidden check {name}"
