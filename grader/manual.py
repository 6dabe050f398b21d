"""The hand-graded parts: read every student's written answers, fill in a points sheet, merge it.

    nndl manual collect CLASS_DIR [--item ch3.ce_roles] [--out GRADES_DIR]
        -> GRADES_DIR/manual.html (and manual.pdf where Chromium prints it),
           GRADES_DIR/manual_points.csv (student, item, max_points, points, comment)
    nndl manual merge GRADES_DIR [--sheet manual_points.csv]
        -> gradebook.csv, grades.json and gradescope/<student>/results.json gain the hand grades
    nndl grade CLASS_DIR ... merges GRADES_DIR/manual_points.csv (or --manual SHEET) by itself.

A written answer is the text an item's text function returns (``why()``,
``essay()``, ``report()``: the function whose reference body is one string).
It is read from the student's file with ``ast``, never by running the
student's code; an answer that is not one plain string is shown as its source.
Each item is shown with its rubric (docs/rubrics/*.md, a section ``## <id>``)
and the reference answer; an item without a rubric says so.
"""
from __future__ import annotations

import ast
import csv
import html
import io
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import ROOT, catalogue
from .catalogue import Exercise

RUBRICS = ROOT / "docs" / "rubrics"
SHEET = "manual_points.csv"
FIELDS = ["student", "item", "max_points", "points", "comment"]
NOT_ANSWERED = "(not answered: the function still raises NotImplementedError)"


def items(only: str | None = None) -> list[Exercise]:
    """The exercises with a hand-graded part (all, or those ``only`` names: ids or chapters)."""
    exs = [e for e in catalogue.select(None, include_slow=True) if e.manual_points]
    if only:
        wanted = [x.strip() for x in only.split(",") if x.strip()]
        exs = [e for e in exs if any(e.id == w or e.id.startswith(w + ".") for w in wanted)]
        if not exs:
            raise SystemExit(f"nndl: --item {only!r} names no hand-graded item; they are: "
                             + ", ".join(e.id for e in items()))
    return exs


def _text_function(tree: ast.Module, names) -> ast.FunctionDef | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in names:
            body = [n for n in node.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
            if (len(body) == 1 and isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Constant)
                    and isinstance(body[0].value.value, str)):
                return node
    return None


def text_function(ex: Exercise) -> str | None:
    """The name of the function holding the written answer (from the reference solution)."""
    node = _text_function(ast.parse(ex.solution_path.read_text(encoding="utf-8")), ex.names)
    return node.name if node else None


def question(ex: Exercise) -> str:
    fn = text_function(ex)
    tree = ast.parse(ex.solution_path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == fn:
            return ast.get_docstring(node) or ""
    return ""


def reference(ex: Exercise) -> str:
    node = _text_function(ast.parse(ex.solution_path.read_text(encoding="utf-8")), ex.names)
    return node.body[-1].value.value.strip() if node else ""


def rubric(ex: Exercise, folder: Path = RUBRICS) -> str | None:
    """The rubric section for ``ex`` (a ``## <id>`` heading in docs/rubrics/*.md), or None."""
    for path in sorted(Path(folder).glob("*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            head = line[3:].strip() if line.startswith("## ") else ""
            if head == ex.id or head.startswith(ex.id + " "):
                end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("## ")), len(lines))
                return "\n".join(lines[i:end]).strip()
    return None


def written_answer(path: Path | None, fn: str | None) -> tuple[str, str]:
    """(state, text): state is answered / not answered / missing / source (shown as code)."""
    if path is None or not path.is_file():
        return "missing", "(no file)"
    try:
        src = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return "missing", f"(the file cannot be read: {exc.strerror or exc})"
    try:
        tree = ast.parse(src)
    except (SyntaxError, ValueError) as exc:
        return "source", f"(the file does not parse: {exc}; its text follows)\n{src}"
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == fn]
    if not defs:
        return "missing", f"(no function `{fn}` in the file)"
    node = defs[-1]  # the last definition is the one Python keeps
    body = [n for n in node.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    if (len(body) == 1 and isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)):
        text = body[0].value.value.strip()
        return ("answered", text) if text else ("not answered", "(an empty answer)")
    if any(isinstance(n, ast.Raise) for n in ast.walk(node)) and "NotImplementedError" in (
            ast.get_source_segment(src, node) or ""):
        return "not answered", NOT_ANSWERED
    return "source", ast.get_source_segment(src, node) or ""


def class_answers(class_dir: Path, exs: list[Exercise]) -> tuple[list[str], dict[str, dict[str, tuple[str, str]]]]:
    """Students (sorted) and, per item id, each student's (state, text)."""
    from . import classroom
    names, where = [], {}
    for student in classroom.students(Path(class_dir)):
        sub, _note = classroom.locate(student)
        names.append(student.name)
        where[student.name] = sub
    answers: dict[str, dict[str, tuple[str, str]]] = {}
    for ex in exs:
        fn = text_function(ex)
        answers[ex.id] = {n: written_answer(where[n] / ex.relpath if where[n] else None, fn) for n in names}
    return names, answers


# ------------------------------------------------------------------ the points sheet

def read_sheet(path: Path) -> dict[tuple[str, str], tuple[float | None, str]]:
    """{(student, item): (points or None when blank, comment)}; a bad cell is a plain error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise SystemExit(f"nndl: cannot read the points sheet {path}: {exc.strerror or exc}") from None
    rows = list(csv.DictReader(io.StringIO(text)))
    if rows and not {"student", "item", "points"} <= set(rows[0]):
        raise SystemExit(f"nndl: {path} is not a points sheet: it needs the columns {', '.join(FIELDS)} "
                         "(`nndl manual collect` writes one)")
    maxima = {e.id: e.manual_points for e in items()}
    out = {}
    for n, row in enumerate(rows, start=2):
        student, item = (row.get("student") or "").strip(), (row.get("item") or "").strip()
        raw = (row.get("points") or "").strip()
        if not student or not item:
            continue
        if item not in maxima:
            raise SystemExit(f"nndl: {path} line {n}: {item!r} is not a hand-graded item")
        points = None
        if raw:
            try:
                points = float(raw.replace(",", "."))
            except ValueError:
                raise SystemExit(f"nndl: {path} line {n}: points {raw!r} for {student}, {item} is not a "
                                 "number; write a number or leave it blank") from None
            if not 0 <= points <= maxima[item]:
                raise SystemExit(f"nndl: {path} line {n}: {points:g} points for {student}, {item}; "
                                 f"the item is worth 0 to {maxima[item]:g}")
        out[(student, item)] = (points, (row.get("comment") or "").strip())
    return out


def write_sheet(path: Path, students: list[str], exs: list[Exercise]) -> None:
    """The points sheet; points and comments already filled in are kept."""
    path = Path(path)
    old = read_sheet(path) if path.exists() else {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FIELDS)
    done = set()
    for ex in exs:
        for s in students:
            points, comment = old.get((s, ex.id), (None, ""))
            w.writerow([s, ex.id, f"{ex.manual_points:g}", "" if points is None else f"{points:g}", comment])
            done.add((s, ex.id))
    for (s, item), (points, comment) in sorted(old.items()):  # items not collected this time stay
        if (s, item) not in done:
            w.writerow([s, item, f"{catalogue.get(item).manual_points:g}", "" if points is None else f"{points:g}",
                        comment])
    path.write_text(buf.getvalue(), encoding="utf-8")


# ------------------------------------------------------------------ the reading page

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 1100px; }
section.item { page-break-before: always; } section.item:first-of-type { page-break-before: auto; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; border-bottom: 1px solid #999; }
.rubric, .reference { background: #f6f6f0; border: 1px solid #ddd; padding: 0.5em 1em; white-space: pre-wrap;
  font-size: 0.9em; }
.missing-rubric { background: #fff3e0; border: 1px solid #e0a040; padding: 0.5em 1em; }
.answer { border: 1px solid #bbb; margin: 0.8em 0; padding: 0.4em 0.8em; page-break-inside: avoid; }
.answer h3 { font-size: 1em; margin: 0.2em 0; display: flex; justify-content: space-between; }
.answer pre { white-space: pre-wrap; font-family: inherit; margin: 0.3em 0; }
.answer.source pre { font-family: ui-monospace, monospace; font-size: 0.85em; }
.answer.not-answered { color: #888; }
.points { font-weight: normal; }
"""


def render_html(students: list[str], answers: dict, exs: list[Exercise], title: str) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>",
             f"<p>{len(students)} students, {len(exs)} item(s). Write the points in "
             f"<code>{SHEET}</code> (one row per student and item); `nndl manual merge` or the next "
             "`nndl grade` of the class adds them to the gradebook.</p>"]
    for ex in exs:
        parts.append(f'<section class="item" id="{html.escape(ex.id)}">')
        parts.append(f"<h2>{html.escape(ex.id)}: {html.escape(ex.title_en)} "
                     f"({ex.manual_points:g} point{'s' if ex.manual_points != 1 else ''} by hand)</h2>")
        q = question(ex)
        if q:
            parts.append(f"<p><b>Question:</b> {html.escape(q)}</p>")
        r = rubric(ex)
        if r:
            parts.append(f'<div class="rubric">{html.escape(r)}</div>')
        else:
            parts.append(f'<div class="missing-rubric">No rubric for {html.escape(ex.id)} in docs/rubrics/ yet: '
                         "grade by the question and the reference answer below.</div>")
        ref = reference(ex)
        if ref:
            parts.append(f'<p><b>Reference answer</b></p><div class="reference">{html.escape(ref)}</div>')
        for s in students:
            state, text = answers[ex.id][s]
            cls = {"answered": "", "source": " source"}.get(state, " not-answered")
            parts.append(f'<div class="answer{cls}"><h3><span>{html.escape(s)}</span>'
                         f'<span class="points">points: ______ / {ex.manual_points:g}</span></h3>'
                         f"<pre>{html.escape(text)}</pre></div>")
        parts.append("</section>")
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style></head><body>\n" + "\n".join(parts) + "\n</body></html>\n")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def print_pdf(page: Path, pdf: Path) -> Path | None:
    """``page`` printed to ``pdf`` by headless Chromium, or None where there is none."""
    exe = chromium()
    if exe is None:
        return None
    profile = tempfile.mkdtemp(prefix="nndl-chromium-")
    try:
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                        page.resolve().as_uri()], capture_output=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired):
        return None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return pdf if pdf.exists() and pdf.stat().st_size > 0 else None


def collect(class_dir: Path, out: Path, only: str | None = None, pdf: bool = True) -> dict:
    exs = items(only)
    students, answers = class_answers(class_dir, exs)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    name = "manual" if not only else "manual-" + "_".join(e.id for e in exs)[:80]
    page = out / f"{name}.html"
    page.write_text(render_html(students, answers, exs, f"hand-graded parts: {Path(class_dir).name}"),
                    encoding="utf-8")
    sheet = out / SHEET
    write_sheet(sheet, students, exs)
    printed = print_pdf(page, out / f"{name}.pdf") if pdf else None
    return {"html": page, "pdf": printed, "sheet": sheet, "students": students, "items": [e.id for e in exs]}


# ------------------------------------------------------------------ merging

def merge(grades_dir: Path, sheet: Path | None = None) -> dict[str, list[str]]:
    """Put the hand grades of ``sheet`` into gradebook.csv, grades.json and the Gradescope results.

    Returns {student: [items still without a hand grade]}.  Merging twice gives the same files.
    """
    from . import classroom
    from .gradescope import results_json
    grades_dir = Path(grades_dir)
    sheet = Path(sheet) if sheet else grades_dir / SHEET
    grades = json.loads((grades_dir / "grades.json").read_text(encoding="utf-8"))
    marks = read_sheet(sheet)
    records = {r["student"]: r for r in grades["students"]}
    missing: dict[str, list[str]] = {}
    for name, rec in records.items():
        manual, lacking = {}, []
        for x in rec["exercises"]:
            if not x.get("manual_points"):
                continue
            points, comment = marks.get((name, x["id"]), (None, ""))
            if points is None:
                lacking.append(x["id"])
            else:
                manual[x["id"]] = {"points": points, "max": x["manual_points"], "comment": comment}
        rec["manual"] = manual
        rec["hand_grades_missing"] = lacking
        t = rec["totals"]
        t["manual_score"] = round(sum(m["points"] for m in manual.values()), 2)
        t["score_with_manual"] = round(t["score"] + t["manual_score"], 2)
        if lacking:
            missing[name] = lacking
    classroom.write_atomic(grades_dir / "grades.json", json.dumps(grades, indent=1, ensure_ascii=False))
    exercises = [catalogue.get(i) for i in _ids(records.values())]
    base = list(csv.reader(io.StringIO(classroom.gradebook_csv(records, exercises))))
    manual_ids = [e.id for e in exercises if e.manual_points]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(base[0] + [f"manual:{i}" for i in manual_ids] + ["manual_total", "total_with_manual",
                                                                  "hand_grades_missing"])
    for row in base[1:]:
        rec = records[row[0]]
        got = rec["manual"]
        w.writerow(row + [f"{got[i]['points']:g}" if i in got else "" for i in manual_ids]
                   + [f"{rec['totals']['manual_score']:g}", f"{rec['totals']['score_with_manual']:g}",
                      " ".join(rec["hand_grades_missing"])])
    classroom.write_atomic(grades_dir / "gradebook.csv", buf.getvalue())
    for name, rec in records.items():
        result = results_json([classroom.runner_result(x) for x in rec["exercises"]], rec.get("note", ""))
        for i, m in rec["manual"].items():
            result["tests"].append({"name": f"{i}: written part (graded by hand)", "score": m["points"],
                                    "max_score": m["max"], "output": m["comment"], "visibility": "visible"})
        result["score"] = round(result["score"] + rec["totals"]["manual_score"], 2)
        classroom.write_atomic(grades_dir / "gradescope" / name / "results.json",
                               json.dumps(result, indent=1, ensure_ascii=False))
    return missing


def _ids(records) -> list[str]:
    seen: dict[str, None] = {}
    for r in records:
        for x in r["exercises"]:
            seen.setdefault(x["id"], None)
    return list(seen)


def missing_lines(missing: dict[str, list[str]], limit: int = 20) -> list[str]:
    if not missing:
        return ["every student has a hand grade for every hand-graded item"]
    lines = [f"{len(missing)} student(s) still lack a hand grade:"]
    for name, lacking in sorted(missing.items())[:limit]:
        lines.append(f"  {name}: {', '.join(lacking)}")
    if len(missing) > limit:
        lines.append(f"  ... and {len(missing) - limit} more (column hand_grades_missing of gradebook.csv)")
    return lines
