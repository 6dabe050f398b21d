"""Hand-graded parts: answers collected beside rubrics, a points sheet, merged into every output."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from grader import ROOT, catalogue, classroom, manual

from .conftest import make_submission

ESSAY = catalogue.get("ch3.ce_roles")      # has a rubric (docs/rubrics/ch3_1.md)
CODE = catalogue.get("ch1.sigmoid_scaling")  # a code item with a written part; chapter 1 has no rubric yet
EXS = [CODE, ESSAY]
OWN_WORDS = "Because ln of zero is minus infinity & <b>the</b> swapped form takes ln y."


def student_files(kind: int) -> dict[str, str]:
    files = {e.relpath: e.solution_path.read_text(encoding="utf-8") for e in EXS}
    if kind == 1:  # an answer in the student's own words
        fn = manual.text_function(ESSAY)
        files[ESSAY.relpath] += f"\n\ndef {fn}():\n    return {OWN_WORDS!r}\n"
    if kind == 2:  # untouched stubs
        files = {e.relpath: e.stub_path.read_text(encoding="utf-8") for e in EXS}
    return files


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    base = tmp_path_factory.mktemp("manual")
    folder = base / "class"
    for i in range(3):
        make_submission(folder / f"student{i}", student_files(i))
    out = base / "class-grades"
    classroom.grade_class(folder, EXS, out, jobs=1, isolation="subprocess", progress=False)
    return folder, out


def test_every_item_has_a_text_function():
    for ex in manual.items():
        assert manual.text_function(ex), f"{ex.id}: no function returning the written answer in its solution"


def test_collect_writes_a_page_and_a_sheet(graded):
    folder, out = graded
    done = manual.collect(folder, out, only=",".join(e.id for e in EXS), pdf=False)
    page = done["html"].read_text(encoding="utf-8")
    assert "student0" in page and "student2" in page
    assert "Because ln of zero" in page and "&lt;b&gt;the&lt;/b&gt;" in page, "answers must be escaped text"
    assert manual.rubric(ESSAY) and "| points |" in page, "the ce_roles rubric should be on the page"
    assert manual.rubric(CODE) is None or CODE.id in manual.rubric(CODE)
    if manual.rubric(CODE) is None:
        assert f"No rubric for {CODE.id}" in page, "a missing rubric should be said plainly"
    assert manual.NOT_ANSWERED in page, "an unanswered stub should say so"
    rows = list(csv.DictReader(done["sheet"].open(encoding="utf-8")))
    assert {(r["student"], r["item"]) for r in rows} == {(f"student{i}", e.id) for i in range(3) for e in EXS}
    assert all(r["points"] == "" for r in rows)


def fill(sheet, marks):
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    for r in rows:
        if (r["student"], r["item"]) in marks:
            r["points"], r["comment"] = marks[(r["student"], r["item"])]
    with sheet.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=manual.FIELDS)
        w.writeheader()
        w.writerows(rows)


def test_the_round_trip(graded):
    folder, out = graded
    done = manual.collect(folder, out, pdf=False)
    sheet = done["sheet"]
    fill(sheet, {("student0", ESSAY.id): ("2", "both points"), ("student0", CODE.id): ("1", ""),
                 ("student1", ESSAY.id): ("1", "names ln 0; misses why the other form is finite")})
    missing = manual.merge(out, sheet)
    assert missing == {"student1": [CODE.id], "student2": [CODE.id, ESSAY.id]}, missing
    first = {p: (out / p).read_text(encoding="utf-8") for p in
             ("gradebook.csv", "grades.json", "gradescope/student0/results.json")}

    book = {r["student"]: r for r in csv.DictReader((out / "gradebook.csv").open(encoding="utf-8"))}
    auto0 = float(book["student0"]["total"])
    assert book["student0"][f"manual:{ESSAY.id}"] == "2" and book["student0"]["manual_total"] == "3"
    assert float(book["student0"]["total_with_manual"]) == auto0 + 3
    assert book["student2"]["hand_grades_missing"] == f"{CODE.id} {ESSAY.id}"
    grades = {r["student"]: r for r in json.loads((out / "grades.json").read_text())["students"]}
    assert grades["student1"]["manual"][ESSAY.id]["comment"].startswith("names ln 0")
    assert grades["student1"]["totals"]["manual_score"] == 1
    gs = json.loads((out / "gradescope/student0/results.json").read_text())
    hand = [t for t in gs["tests"] if "graded by hand" in t["name"]]
    assert {t["name"].split(":")[0] for t in hand} == {ESSAY.id, CODE.id}
    assert gs["score"] == pytest.approx(auto0 + 3)

    # Merging twice changes nothing; the next `nndl grade` of the class merges the sheet by itself.
    manual.merge(out, sheet)
    assert {p: (out / p).read_text(encoding="utf-8") for p in first} == first
    proc = subprocess.run([sys.executable, "-m", "grader.cli", "grade", str(folder), "--only",
                           ",".join(e.id for e in EXS), "--out", str(out), "--isolation", "subprocess"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "still lack a hand grade" in proc.stdout and "student2" in proc.stdout
    assert (out / "gradebook.csv").read_text(encoding="utf-8") == first["gradebook.csv"]


def test_a_bad_sheet_is_a_plain_error(graded, tmp_path):
    _, out = graded
    sheet = tmp_path / "bad.csv"
    sheet.write_text(f"student,item,max_points,points,comment\nstudent0,{ESSAY.id},2,5,\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="worth 0 to 2"):
        manual.read_sheet(sheet)
    sheet.write_text(f"student,item,max_points,points,comment\nstudent0,{ESSAY.id},2,two,\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="not a number"):
        manual.read_sheet(sheet)


def test_pdf_where_chromium_is(graded, tmp_path):
    if manual.chromium() is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium); .ci/run installs it")
    folder, _ = graded
    done = manual.collect(folder, tmp_path, only=ESSAY.id)
    assert done["pdf"] and done["pdf"].read_bytes()[:5] == b"%PDF-", "no PDF printed"
