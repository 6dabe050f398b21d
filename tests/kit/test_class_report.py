"""The class report: the terminal table at 80/120/200 columns, and the HTML page in a real browser."""
from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from rich.console import Console

from grader import ROOT, catalogue, class_report, classroom

from .conftest import make_submission

EXS = [catalogue.get("ch1.perceptron"), catalogue.get("ch1.half_adder")]
WRONG = "def perceptron(x, w, b):\n    return 1\n\ndef nand_parameters():\n    return (1, 1), 1\n"


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """A small class, really graded (no sandbox needed), plus a final-classifier result added."""
    base = tmp_path_factory.mktemp("report")
    folder = base / "class"
    for i in range(4):
        files = {e.relpath: e.solution_path.read_text(encoding="utf-8") for e in EXS}
        if i % 2:
            files[EXS[0].relpath] = WRONG
        make_submission(folder / f"student{i}", files)
    (folder / "empty_student").mkdir()
    out = base / "grades"
    run = classroom.grade_class(folder, EXS, out, jobs=1, isolation="subprocess", progress=False)
    data = json.loads((out / "grades.json").read_text(encoding="utf-8"))
    # Another engineer adds ch3.final_classifier; its results carry the leaderboard's figures.
    for n, rec in enumerate(data["students"]):
        rec["exercises"].append({"id": class_report.FINAL, "title_en": "final classifier", "title_zh": "",
                                 "points": 10, "manual_points": 0, "score": 10 - n, "status": "passed",
                                 "message": "", "checks": [], "seconds": 1.0,
                                 "accuracy": 0.95 + n / 100, "params": 1000 * (n + 1)})
    (out / "grades.json").write_text(json.dumps(data), encoding="utf-8")
    return run, out, data


@pytest.mark.parametrize("width", [80, 120, 200])
def test_the_terminal_table_fits(graded, width):
    run, out, _ = graded
    many = catalogue.select(None, include_slow=True)  # a full class run: 50 exercises
    records = copy.deepcopy(run.records)
    con = Console(width=width, record=True, color_system=None)
    con.print(class_report.summary_table(records, {}, many, width=width))
    text = con.export_text()
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines), f"a line is wider than {width}"
    assert "…" not in text, f"cells were cut:\n{text}"
    for name in ("student0", "student1", "empty_student"):
        assert name in text, f"{name} missing at {width} columns:\n{text}"
    assert "ch1" in text and "total" in text
    assert "gradebook.csv" in text, "the table should say where the full detail is"
    order = [m.group(1) for m in re.finditer(r"(student\d|empty_student)", text)]
    assert order.index("student0") < order.index("student1") < order.index("empty_student"), \
        f"rows should be sorted best first: {order}"


def test_per_exercise_columns_with_only(graded):
    run, _, _ = graded
    con = Console(width=120, record=True, color_system=None)
    con.print(class_report.summary_table(run.records, {}, EXS, width=120, per_exercise=True))
    text = con.export_text()
    assert "perceptron" in text and "half_adder" in text


def test_report_statistics(graded):
    _, _, data = graded
    exs, checks = class_report.item_analysis(data["students"])
    by_id = {e["id"]: e for e in exs}
    assert by_id["ch1.perceptron"]["pass_rate"] == 0.5, by_id["ch1.perceptron"]
    assert by_id["ch1.half_adder"]["pass_rate"] == 1.0
    assert checks and all(c["exercise"] == "ch1.perceptron" for c in checks), checks
    assert all(c["fails"] == 2 for c in checks)
    fields, board = class_report.leaderboard(data["students"])
    assert fields[:2] == ["accuracy", "params"] and board[0]["accuracy"] > board[-1]["accuracy"]


def test_nndl_report_writes_a_self_contained_page(graded, tmp_path):
    _, out, _ = graded
    page = tmp_path / "r.html"
    proc = subprocess.run([sys.executable, "-m", "grader.cli", "report", str(out), "--out", str(page)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    text = page.read_text(encoding="utf-8")
    for part in ("Score distribution", "pass rate", "fail most often", "Grading time", "Leaderboard",
                 "student3", "data:image/png;base64,"):
        assert part in text, f"the page lacks {part!r}"
    assert not re.search(r"""(src|href)=["']https?:""", text), "the page loads something from the network"
    bad = subprocess.run([sys.executable, "-m", "grader.cli", "report", str(tmp_path / "nothing")],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert bad.returncode != 0 and "grades.json" in bad.stderr and "Traceback" not in bad.stderr


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def render(page: Path, shot: Path) -> str:
    """Headless Chromium renders ``page`` to ``shot``; returns its log (console messages included)."""
    profile = tempfile.mkdtemp(prefix="nndl-chromium-")
    try:
        proc = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--enable-logging=stderr", "--v=0", "--window-size=1200,2400", "--virtual-time-budget=3000",
             f"--screenshot={shot}", page.as_uri()],
            capture_output=True, text=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return proc.stdout + proc.stderr


def console_errors(log: str) -> list[str]:
    return [line for line in log.splitlines() if "CONSOLE" in line and
            re.search(r"error|uncaught|exception", line, re.I)]


def test_the_page_renders_in_chromium_without_console_errors(graded, tmp_path):
    if chromium() is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium); .ci/run installs it")
    _, out, _ = graded
    page = class_report.write_html(out, tmp_path / "report.html")
    # The detector itself: a page with a script error is caught.
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><body>x<script>undefinedFunction();</script></body></html>")
    assert console_errors(render(broken, tmp_path / "broken.png")), \
        "the console-error detector missed an error; the check below would prove nothing"
    shot = tmp_path / "report.png"
    log = render(page, shot)
    assert shot.exists() and shot.stat().st_size > 10_000, f"no screenshot: {log[-2000:]}"
    assert not console_errors(log), f"console errors: {console_errors(log)}"
