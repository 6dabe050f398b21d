"""What an instructor reads after grading a class.

- ``summary_table``: the terminal table.  Per student the total and one column
  per chapter, sorted by total; one column per exercise only with ``--only`` or
  when every column fits the terminal.  The full detail is in the files
  (gradebook.csv, grades.json).
- ``write_html``: one self-contained HTML page (``nndl report GRADES_DIR``, or
  ``nndl grade CLASS --html``): the score distribution, per-exercise pass rates
  and mean points, the checks that fail most often with their messages (item
  analysis), grading time per exercise, the final classifier's leaderboard when
  its results are there, and every student's totals.  Plots are matplotlib
  figures embedded as base64 PNG; tables sort on a click with a few lines of
  inline JavaScript; nothing is fetched from the network.
"""
from __future__ import annotations

import base64
import collections
import html
import io
import json
import statistics
from pathlib import Path


FINAL = "ch3.final_classifier"
LEADERBOARD_FIELDS = ("accuracy", "params", "parameters", "train_seconds", "time", "seconds_to_train")


# ------------------------------------------------------------------ reading results

def load(grades_dir: Path) -> dict:
    """grades.json of a class run (``nndl grade CLASS --out GRADES_DIR``)."""
    grades_dir = Path(grades_dir)
    path = grades_dir / "grades.json" if grades_dir.is_dir() else grades_dir
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SystemExit(f"nndl: {path} is missing; GRADES_DIR is the --out folder of "
                         "`nndl grade CLASS` (it holds grades.json)") from None
    except (OSError, ValueError) as exc:
        raise SystemExit(f"nndl: cannot read {path} ({exc}); grade the class again to rewrite it") from None
    if not isinstance(data, dict) or not isinstance(data.get("students"), list):
        raise SystemExit(f"nndl: {path} is not the grades.json of a class run")
    return data


def chapter_of(ex_id: str) -> int:
    try:
        return int(ex_id.split(".", 1)[0][2:])
    except ValueError:
        return 0


def exercise_ids(records: list[dict]) -> list[str]:
    seen: dict[str, None] = {}
    for rec in records:
        for x in rec.get("exercises", []):
            seen.setdefault(x["id"], None)
    return list(seen)


def chapter_scores(rec: dict) -> dict[int, tuple[float, float]]:
    out: dict[int, list[float]] = {}
    for x in rec.get("exercises", []):
        s = out.setdefault(chapter_of(x["id"]), [0.0, 0.0])
        s[0] += x.get("score", 0.0)
        s[1] += x.get("points", 0.0)
    return {c: (round(a, 2), round(b, 2)) for c, (a, b) in out.items()}


def sort_records(records) -> list[dict]:
    return sorted(records, key=lambda r: (-r.get("totals", {}).get("score", 0.0), r.get("student", "")))


# ------------------------------------------------------------------ the terminal table

def summary_table(records: dict[str, dict], failed: dict[str, str], exercises, lang: str = "en",
                  width: int = 120, per_exercise: bool | None = None):
    """Per student: total and one column per chapter (per exercise when asked or when it fits)."""
    from rich.table import Table
    from rich.text import Text
    zh = lang == "zh"
    recs = sort_records(records.values())
    ids = [e.id for e in exercises]
    chapters = sorted({chapter_of(i) for i in ids})
    name_w = max([len(r["student"]) for r in recs] + [len(n) for n in failed] + [7])
    ex_w = max([len(i.split(".", 1)[-1]) for i in ids] + [4])
    fixed = name_w + 4 + 16 + 9 * len(chapters) + 8
    if per_exercise is None:
        per_exercise = fixed + (min(ex_w, 12) + 3) * len(ids) <= width
    table = Table(title=f"{len(records)} " + ("名学生（按总分排序）" if zh else "student(s), best first"),
                  title_justify="left", caption=("完整结果见 gradebook.csv 与 grades.json" if zh else
                                                 "full detail: gradebook.csv and grades.json"),
                  caption_justify="left")
    table.add_column("学生" if zh else "student", no_wrap=True)
    table.add_column("总计" if zh else "total", justify="right", no_wrap=True)
    table.add_column("通过" if zh else "passed", justify="right", no_wrap=True)
    for c in chapters:
        table.add_column(f"ch{c}", justify="right", no_wrap=True)
    if per_exercise:
        for i in ids:
            table.add_column(i.split(".", 1)[-1][:12], justify="right", no_wrap=True)
    notes = bool(failed) or any(r.get("note") for r in recs)
    if notes:
        table.add_column("说明" if zh else "note", overflow="fold")
    for rec in recs:
        t = rec.get("totals", {})
        by_ch = chapter_scores(rec)
        cells = [Text(rec["student"]), f"{t.get('score', 0):g} / {t.get('points', 0):g}",
                 f"{t.get('passed', 0)}/{t.get('exercises', 0)}"]
        cells += [f"{by_ch[c][0]:g}/{by_ch[c][1]:g}" if c in by_ch else "" for c in chapters]
        if per_exercise:
            by_id = {x["id"]: x for x in rec.get("exercises", [])}
            for i in ids:
                x = by_id.get(i)
                if x is None:
                    cells.append("")
                    continue
                style = "green" if x["status"] == "passed" else (
                    "yellow" if x["status"] == "not started" else "red")
                cells.append(Text(f"{x['score']:g}", style=style))
        if notes:
            cells.append(Text(rec.get("note", "")))
        table.add_row(*cells)
    for name, why in sorted(failed.items()):
        table.add_row(Text(name), "", "", *["" for _ in chapters], *(["" for _ in ids] if per_exercise else []),
                      Text("not graded: " + why[:200], style="red"))
    return table


# ------------------------------------------------------------------ statistics

def item_analysis(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Per exercise: pass rate, mean points, time; per check: how often it fails and with what."""
    per_ex: dict[str, dict] = {}
    per_check: dict[tuple[str, str], dict] = {}
    for rec in records:
        if rec.get("submission_hash") is None and rec.get("note"):
            continue  # no submission at all: not part of the item statistics
        for x in rec.get("exercises", []):
            e = per_ex.setdefault(x["id"], {"id": x["id"], "title": x.get("title_en", ""),
                                            "points": x.get("points", 0.0), "n": 0, "passed": 0,
                                            "not_started": 0, "scores": [], "seconds": []})
            e["n"] += 1
            e["passed"] += x.get("status") == "passed"
            e["not_started"] += x.get("status") == "not started"
            e["scores"].append(x.get("score", 0.0))
            e["seconds"].append(x.get("seconds", 0.0))
            if x.get("status") == "not started":
                continue
            for c in x.get("checks", []):
                k = (x["id"], c["name"])
                d = per_check.setdefault(k, {"exercise": x["id"], "check": c["name"],
                                             "hidden": c.get("hidden", False), "runs": 0, "fails": 0,
                                             "messages": collections.Counter()})
                d["runs"] += 1
                if c.get("outcome") != "passed":
                    d["fails"] += 1
                    d["messages"][" ".join(str(c.get("message", "")).split())[:300]] += 1
    exs = []
    for e in per_ex.values():
        exs.append({"id": e["id"], "title": e["title"], "points": e["points"], "students": e["n"],
                    "pass_rate": e["passed"] / e["n"] if e["n"] else 0.0,
                    "not_started": e["not_started"] / e["n"] if e["n"] else 0.0,
                    "mean_points": statistics.fmean(e["scores"]) if e["scores"] else 0.0,
                    "mean_seconds": statistics.fmean(e["seconds"]) if e["seconds"] else 0.0,
                    "max_seconds": max(e["seconds"], default=0.0)})
    checks = [dict(d, fail_rate=d["fails"] / d["runs"]) for d in per_check.values() if d["fails"]]
    checks.sort(key=lambda d: (-d["fails"], d["exercise"], d["check"]))
    return exs, checks


def leaderboard(records: list[dict]) -> tuple[list[str], list[dict]]:
    """The final classifier's figures per student, when its results carry them."""
    rows, fields = [], []
    for rec in records:
        x = next((x for x in rec.get("exercises", []) if x["id"] == FINAL), None)
        if x is None:
            continue
        figures = dict(x.get("leaderboard") or {})
        for k in LEADERBOARD_FIELDS:
            if k in x and k not in figures:
                figures[k] = x[k]
        figures = {k: v for k, v in figures.items() if isinstance(v, (int, float, str)) and not isinstance(v, bool)}
        if not figures:
            continue
        for k in figures:
            if k not in fields:
                fields.append(k)
        rows.append({"student": rec["student"], "score": x.get("score", 0.0), **figures})
    key = "accuracy" if "accuracy" in fields else None
    rows.sort(key=lambda r: (-(r.get(key) or 0) if key else -r["score"], r["student"]))
    return fields, rows


# ------------------------------------------------------------------ HTML

def _figure_png(fig) -> str:
    import matplotlib.pyplot as plt
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def plot_distribution(totals: list[float], max_points: float) -> str:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 3))
    bins = min(20, max(5, len(totals) // 3 or 5))
    ax.hist(totals, bins=bins, range=(0, max_points or 1), color="#3b7dd8", edgecolor="white")
    ax.set_xlabel(f"total score (of {max_points:g})")
    ax.set_ylabel("students")
    ax.set_title("score distribution")
    return _figure_png(fig)


def plot_pass_rates(exs: list[dict]) -> str:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, max(2.5, 0.2 * len(exs))))
    labels = [e["id"] for e in exs][::-1]
    ax.barh(labels, [100 * e["pass_rate"] for e in exs][::-1], color="#2e9e5b")
    ax.set_xlim(0, 100)
    ax.set_xlabel("students passing (%)")
    ax.tick_params(axis="y", labelsize=7)
    ax.set_title("pass rate per exercise")
    return _figure_png(fig)


def plot_seconds(exs: list[dict]) -> str:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, max(2.5, 0.2 * len(exs))))
    labels = [e["id"] for e in exs][::-1]
    ax.barh(labels, [e["mean_seconds"] for e in exs][::-1], color="#d8833b", label="mean")
    ax.set_xlabel("grading time per student (s)")
    ax.tick_params(axis="y", labelsize=7)
    ax.set_title("grading time per exercise (mean)")
    return _figure_png(fig)


SCRIPT = """
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, col) {
    th.title = 'click to sort';
    th.addEventListener('click', function () {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var asc = th.getAttribute('data-dir') !== 'asc';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('data-dir'); });
      th.setAttribute('data-dir', asc ? 'asc' : 'desc');
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-v') || a.cells[col].textContent;
        var y = b.cells[col].getAttribute('data-v') || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? r : -r;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 1200px; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0; }
th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; cursor: pointer; user-select: none; }
th[data-dir=asc]::after { content: ' \\25B2'; } th[data-dir=desc]::after { content: ' \\25BC'; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.msg { font-family: ui-monospace, monospace; font-size: 0.9em; white-space: pre-wrap; }
.small { color: #666; font-size: 0.85em; }
img { max-width: 100%; }
"""


def _cell(value, number: float | None = None, cls: str = "") -> str:
    attrs = f' data-v="{number}"' if number is not None else ""
    attrs += f' class="{cls}"' if cls else (' class="n"' if number is not None else "")
    return f"<td{attrs}>{html.escape(str(value))}</td>"


def _table(head: list[str], rows: list[str], cls: str = "sortable") -> str:
    ths = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    return f'<table class="{cls}"><thead><tr>{ths}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def render_html(data: dict, title: str = "class report") -> str:
    records = sort_records(data.get("students", []))
    exs, checks = item_analysis(records)
    ids = [e["id"] for e in exs]
    chapters = sorted({chapter_of(i) for i in ids})
    totals = [r.get("totals", {}).get("score", 0.0) for r in records]
    max_points = max((r.get("totals", {}).get("points", 0.0) for r in records), default=0.0)
    parts = [f"<h1>{html.escape(title)}</h1>"]
    if records:
        parts.append(f"<p>{len(records)} students; mean {statistics.fmean(totals):.1f}, median "
                     f"{statistics.median(totals):g}, best {max(totals):g} of {max_points:g} points "
                     f"(automatic checks; hand-graded parts not included).</p>")
    else:
        parts.append("<p>No students in these results.</p>")
    failed = data.get("failed") or {}
    if failed:
        parts.append("<p>Not graded (the grader failed): " +
                     ", ".join(html.escape(f"{k}: {v}") for k, v in sorted(failed.items())) + "</p>")

    parts.append('<h2 id="distribution">Score distribution</h2>')
    if records:
        parts.append(f'<img alt="histogram of total scores" src="{plot_distribution(totals, max_points)}">')

    parts.append('<h2 id="exercises">Exercises: pass rate and mean points</h2>')
    rows = [("<tr>" + _cell(e["id"]) + _cell(e["title"]) + _cell(f"{e['points']:g}", e["points"])
             + _cell(f"{100 * e['pass_rate']:.0f} %", e["pass_rate"])
             + _cell(f"{e['mean_points']:.2f}", e["mean_points"])
             + _cell(f"{100 * e['not_started']:.0f} %", e["not_started"]) + "</tr>") for e in exs]
    parts.append(_table(["exercise", "title", "points", "passing", "mean points", "not started"], rows))
    if exs:
        parts.append(f'<img alt="pass rate per exercise" src="{plot_pass_rates(exs)}">')

    parts.append('<h2 id="items">Checks that fail most often (item analysis)</h2>')
    parts.append('<p class="small">Among students who started the exercise. A hidden check is named, '
                 'never shown; the messages are the feedback the students got.</p>')
    rows = []
    for d in checks[:60]:
        msgs = "\n".join(f"{n} x {m}" for m, n in d["messages"].most_common(3))
        rows.append("<tr>" + _cell(d["exercise"]) + _cell(d["check"] + (" (hidden)" if d["hidden"] else ""))
                    + _cell(d["fails"], d["fails"]) + _cell(f"{100 * d['fail_rate']:.0f} %", d["fail_rate"])
                    + _cell(msgs, cls="msg") + "</tr>")
    parts.append(_table(["exercise", "check", "failed", "of those who ran it", "most common messages"], rows))

    parts.append('<h2 id="time">Grading time per exercise</h2>')
    rows = [("<tr>" + _cell(e["id"]) + _cell(f"{e['mean_seconds']:.2f}", e["mean_seconds"])
             + _cell(f"{e['max_seconds']:.2f}", e["max_seconds"]) + "</tr>") for e in exs]
    parts.append(_table(["exercise", "mean seconds", "slowest seconds"], rows))
    if exs:
        parts.append(f'<img alt="grading time per exercise" src="{plot_seconds(exs)}">')

    fields, board = leaderboard(records)
    if board:
        parts.append(f'<h2 id="leaderboard">Leaderboard: {FINAL}</h2>')
        rows = []
        for i, r in enumerate(board, 1):
            cells = [_cell(i, i), _cell(r["student"]), _cell(f"{r['score']:g}", r["score"])]
            for k in fields:
                v = r.get(k, "")
                cells.append(_cell(v, v if isinstance(v, (int, float)) else None))
            rows.append("<tr>" + "".join(cells) + "</tr>")
        parts.append(_table(["rank", "student", "points"] + fields, rows))

    parts.append('<h2 id="students">Students</h2>')
    rows = []
    for r in records:
        t = r.get("totals", {})
        by_ch = chapter_scores(r)
        cells = [_cell(r["student"]), _cell(f"{t.get('score', 0):g}", t.get("score", 0)),
                 _cell(f"{t.get('passed', 0)}/{t.get('exercises', 0)}", t.get("passed", 0))]
        cells += [_cell(f"{by_ch[c][0]:g}", by_ch[c][0]) if c in by_ch else _cell("") for c in chapters]
        cells += [_cell(f"{r.get('seconds', 0):.1f}", r.get("seconds", 0)), _cell(r.get("note", ""))]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    parts.append(_table(["student", "total", "passed"] + [f"ch{c}" for c in chapters] + ["seconds", "note"], rows))
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
            f"<body>\n{body}\n<script>{SCRIPT}</script></body></html>\n")


def write_html(grades_dir: Path, out: Path | None = None) -> Path:
    data = load(grades_dir)
    grades_dir = Path(grades_dir)
    out = Path(out) if out else (grades_dir if grades_dir.is_dir() else grades_dir.parent) / "report.html"
    out.write_text(render_html(data, title=f"class report: {grades_dir.name}"), encoding="utf-8")
    return out
