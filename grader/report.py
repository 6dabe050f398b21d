"""Tables and JSON for grading and self-check results."""
from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import catalogue
from .runner import ExerciseResult, totals

STATUS_STYLE = {"passed": ("✓ passed", "green"), "failing": ("✗ failing", "red"),
                "not started": ("· not started", "yellow"), "error": ("! error", "red")}
STATUS_ZH = {"passed": "✓ 通过", "failing": "✗ 未通过", "not started": "· 未开始", "error": "! 出错"}


def console() -> Console:
    return Console(highlight=False)


def _status_cell(status: str, lang: str) -> Text:
    label, style = STATUS_STYLE.get(status, (status, ""))
    if lang == "zh":
        label = STATUS_ZH.get(status, label)
    return Text(label, style=style)


def _short(msg: str, width: int = 90) -> str:
    msg = " ".join(msg.split())
    return msg if len(msg) <= width else msg[: width - 1] + "…"


def results_table(results: list[ExerciseResult], lang: str = "en", title: str = "",
                  show_points: bool = True) -> Table:
    zh = lang == "zh"
    table = Table(title=Text(title) if title else None, show_lines=False, title_justify="left")
    table.add_column("练习" if zh else "exercise", no_wrap=True)
    table.add_column("标题" if zh else "title")
    table.add_column("状态" if zh else "status", no_wrap=True)
    if show_points:
        table.add_column("得分" if zh else "points", justify="right", no_wrap=True)
    table.add_column("说明" if zh else "first problem")
    for r in results:
        title_text = r.title_zh if zh else r.title_en
        row = [r.id, title_text, _status_cell(r.status, lang)]  # ids and titles are the kit's
        if show_points:
            pts = f"{r.score:g} / {r.points:g}"
            if r.manual_points:
                pts += f" (+{r.manual_points:g} {'人工' if zh else 'manual'})"
            row.append(pts)
        row.append(Text(_short(r.message)))  # the student's words: text, never markup
        table.add_row(*row)
    if show_points and results:
        t = totals(results)
        table.add_section()
        manual = f" (+{t['manual_points']:g} {'人工' if zh else 'manual'})" if t["manual_points"] else ""
        table.add_row("总计" if zh else "total", f"{t['passed']}/{t['exercises']} " + ("通过" if zh else "passed"),
                      "", f"{t['score']:g} / {t['points']:g}{manual}", "")
    return table


def to_json(results: list[ExerciseResult], submission: str = "") -> str:
    payload = {"submission": submission, "totals": totals(results),
               "exercises": [r.to_dict() for r in results]}
    return json.dumps(payload, indent=2, ensure_ascii=False)


def chapter_progress(results: list[ExerciseResult], lang: str = "en") -> Table:
    """One row per chapter: passing / failing / not started, points."""
    zh = lang == "zh"
    table = Table(title="进度" if zh else "progress", title_justify="left")
    for col in (("章" if zh else "chapter"), ("通过" if zh else "passing"), ("未通过" if zh else "failing"),
                ("未开始" if zh else "not started"), ("得分" if zh else "points")):
        table.add_column(col, justify="right" if col not in ("chapter", "章") else "left")
    by_ch: dict[int, list[ExerciseResult]] = {}
    for r in results:
        by_ch.setdefault(int(r.id.split(".")[0][2:]), []).append(r)
    chapters = {c.number: c for c in catalogue.chapters()}
    for n, rs in sorted(by_ch.items()):
        name = chapters[n].title(lang) if n in chapters else ""
        table.add_row(f"{n}. {name}", str(sum(r.status == "passed" for r in rs)),
                      str(sum(r.status in ("failing", "error") for r in rs)),
                      str(sum(r.status == "not started" for r in rs)),
                      f"{sum(r.score for r in rs):g} / {sum(r.points for r in rs):g}")
    return table


# ------------------------------------------------------------------ the student's view (nndl check)

STATUS_MARK = {"passed": ("✓", "green"), "failing": ("✗", "red"), "error": ("!", "red"),
               "not started": ("·", "yellow")}


def _bar(done: int, total: int, width: int = 20) -> Text:
    full = round(width * done / total) if total else 0
    return Text("█" * full, style="green") + Text("░" * (width - full), style="dim")


def progress_view(results: list[ExerciseResult], lang: str = "en") -> list[Text]:
    """Lines of the progress view: per chapter a bar and a count, then one line per exercise."""
    from .messages import t
    chapters = {c.number: c for c in catalogue.chapters()}
    by_ch: dict[int, list[ExerciseResult]] = {}
    for r in results:
        by_ch.setdefault(int(r.id.split(".")[0][2:]), []).append(r)
    width = max((len(r.id) for r in results), default=10)
    lines: list[Text] = []
    for n, rs in sorted(by_ch.items()):
        name = chapters[n].title(lang) if n in chapters else ""
        passed = sum(r.status == "passed" for r in rs)
        head = Text(f"{t('chapter', lang, n=n)}  {name}", style="bold")
        lines.append(head)
        counts = t("chapter_line", lang, passed=passed, total=len(rs),
                   failing=sum(r.status in ("failing", "error") for r in rs),
                   todo=sum(r.status == "not started" for r in rs),
                   score=round(sum(r.score for r in rs), 2), points=sum(r.points for r in rs))
        lines.append(Text("  ") + _bar(passed, len(rs)) + Text(f"  {counts}"))
        for r in rs:
            mark, style = STATUS_MARK.get(r.status, ("?", ""))
            line = Text(f"  {mark} ", style=style) + Text(r.id.ljust(width), style=style)
            line += Text(f"  {r.score:g}/{r.points:g}".ljust(9))
            line += Text(f" {r.title_zh if lang == 'zh' else r.title_en}", style="dim" if r.status == "passed" else "")
            lines.append(line)
        lines.append(Text(""))
    tot = totals(results)
    lines.append(Text(t("total_line", lang, passed=tot["passed"], total=tot["exercises"],
                        score=tot["score"], points=tot["points"]), style="bold"))
    if tot["manual_points"]:
        lines.append(Text(t("manual_note", lang, m=tot["manual_points"]), style="dim"))
    return lines


def next_up(results: list[ExerciseResult]) -> ExerciseResult | None:
    """The exercise to work on: the first one failing (started but wrong), else the first not started."""
    for wanted in (("failing", "error"), ("not started",)):
        for r in results:
            if r.status in wanted:
                return r
    return None


def first_failure(result: ExerciseResult):
    """The first check that did not pass (visible checks come first)."""
    return next((c for c in result.checks if not c.passed), None)


def next_up_lines(result: ExerciseResult, file: str, lang: str = "en") -> list[Text]:
    """What to do next: the exercise, its first failing check's message in full, file, hint, book."""
    from .messages import t
    ex = catalogue.get(result.id)
    title = result.title_zh if lang == "zh" else result.title_en
    lines = [Text(""), Text(f"{t('next_up', lang)}: ", style="bold") + Text(f"{result.id} — {title}", style="bold cyan")]
    check = first_failure(result)
    if result.status == "not started":
        lines.append(Text("  " + t("start_here", lang, cmd=f"`nndl check {result.id}`")))
    elif check is not None:
        lines.append(Text(f"  {t('failing_check', lang)}: ") + Text(check.name, style="bold"))
        msg = check.message.strip() or result.message
        for i, part in enumerate(msg.splitlines() or [""]):
            prefix = f"  {t('what_went_wrong', lang)}: " if i == 0 else "    "
            lines.append(Text(prefix) + Text(part, style="red"))
    # Paths and links are never broken by rich (the terminal may wrap them; copy-paste still works).
    lines.append(Text(f"  {t('file', lang)}: {file}", no_wrap=True, overflow="ignore"))
    lines.append(Text(f"  {t('hint', lang)}: nndl hint {result.id}", no_wrap=True, overflow="ignore"))
    lines.append(Text(f"  {t('book', lang)}: {ex.url}", no_wrap=True, overflow="ignore"))
    return lines
