"""The `nndl` command.

Subcommands live in small modules listed in COMMAND_MODULES; each has
``register(subparsers)`` and sets ``func=handler`` (``handler(args) -> int``).
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from . import ROOT, catalogue, report, runner, stubs
from .catalogue import CatalogueError

COMMAND_MODULES = [
    "grader.cli",
]


def _lang(args) -> str:
    return getattr(args, "lang", None) or catalogue.default_lang()


def _submission_root(path: str) -> Path:
    root = Path(path).expanduser()
    if not root.is_dir():
        raise SystemExit(f"nndl: {path} is not a folder; give a folder laid out like exercises/ "
                         "(with ch1/, ch2/, ch3/ inside)")
    if not any((root / f"ch{n}").is_dir() for n in (1, 2, 3)):
        raise SystemExit(f"nndl: {path} has no ch1/, ch2/ or ch3/ folder; "
                         "a submission is a filled-in copy of exercises/")
    return root.resolve()


def _grade_with_progress(root: Path, exercises, hidden: bool, isolation: str, quiet: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    if quiet:
        return runner.grade(root, exercises, hidden=hidden, isolation=isolation)
    with Progress(TextColumn("[bold]grading[/bold] {task.description}"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), transient=True,
                  console=report.console()) as progress:
        task = progress.add_task("", total=len(exercises))

        def advance(result):
            progress.update(task, advance=1, description=result.id)
        return runner.grade(root, exercises, hidden=hidden, isolation=isolation, on_result=advance)


# --------------------------------------------------------------------- list

def cmd_list(args) -> int:
    lang = _lang(args)
    from rich.table import Table
    exs = catalogue.select(args.chapter)
    table = Table(title_justify="left")
    for col in ("id", "§", "title" if lang == "en" else "标题", "kind", "points", "book"):
        table.add_column(col)
    for e in exs:
        pts = f"{e.points:g}" + (f" +{e.manual_points:g}m" if e.manual_points else "")
        table.add_row(e.id, e.section, e.title(lang), e.kind, pts, e.book_kind or "")
    report.console().print(table)
    total = sum(e.points for e in exs)
    report.console().print(f"{len(exs)} exercises, {total:g} auto-graded points"
                           + (f", {sum(e.manual_points for e in exs):g} graded by hand"
                              if any(e.manual_points for e in exs) else ""))
    return 0


# --------------------------------------------------------------------- check

def cmd_check(args) -> int:
    lang = _lang(args)
    root = _submission_root(args.path)
    exs = catalogue.select(args.target, include_slow=args.slow or bool(args.target))
    results = _grade_with_progress(root, exs, hidden=False, isolation="subprocess", quiet=args.quiet)
    con = report.console()
    con.print(report.results_table(results, lang, title=("自查" if lang == "zh" else "self-check")
                                   + f": {root}"))
    if len({e.chapter for e in exs}) > 1:
        con.print(report.chapter_progress(results, lang))
    first = next((r for r in results if r.status != "passed"), None)
    if first is not None:
        failing = next((c for c in first.checks if not c.passed), None)
        con.print()
        label = "下一步" if lang == "zh" else "next up"
        con.print(f"[bold]{label}:[/bold] {first.id} — {first.title_zh if lang == 'zh' else first.title_en}")
        if failing is not None:
            con.print(f"  {failing.name}: {failing.message}")
        ex = catalogue.get(first.id)
        con.print(f"  {'文件' if lang == 'zh' else 'file'}: {root / ex.relpath}")
        con.print(f"  {'提示' if lang == 'zh' else 'hint'}: nndl hint {first.id}    "
                  f"{'书' if lang == 'zh' else 'book'}: {ex.url}")
    return 0 if first is None else 1


# --------------------------------------------------------------------- hint

HINT_STATE = ROOT / ".nndl" / "hints.json"


def cmd_hint(args) -> int:
    lang = _lang(args)
    ex = catalogue.get(args.id)
    hints = ex.hint_list(lang)
    state = json.loads(HINT_STATE.read_text()) if HINT_STATE.exists() else {}
    shown = 0 if args.reset else state.get(ex.id, 0)
    shown = len(hints) if args.all else min(shown + 1, len(hints))
    state[ex.id] = shown
    HINT_STATE.parent.mkdir(exist_ok=True)
    HINT_STATE.write_text(json.dumps(state, indent=1))
    con = report.console()
    con.print(f"[bold]{ex.id}[/bold] — {ex.title(lang)}  ({ex.url})")
    if ex.summary(lang):
        con.print(ex.summary(lang))
    for i, h in enumerate(hints[:shown], 1):
        con.print(f"  {'提示' if lang == 'zh' else 'hint'} {i}/{len(hints)}: {h}")
    if shown < len(hints):
        con.print(f"  ({'再运行一次看下一条提示' if lang == 'zh' else 'run it again for the next hint'})")
    return 0


# --------------------------------------------------------------------- grade

def cmd_grade(args) -> int:
    lang = _lang(args)
    root = _submission_root(args.path)
    exs = catalogue.select(args.only, include_slow=not args.quick)
    hidden = not args.no_hidden
    if hidden and not runner.hidden_available():
        raise SystemExit("nndl: the hidden checks are not installed here (a student bundle has none); "
                         "use `nndl check` to run the visible checks")
    isolation = "sandbox" if args.require_sandbox else args.isolation
    results = _grade_with_progress(root, exs, hidden, isolation, quiet=args.json)
    if args.json:
        print(report.to_json(results, str(root)))
    else:
        report.console().print(report.results_table(results, lang, title=f"{root}"))
    return 0


# --------------------------------------------------------------------- stubs

def cmd_stubs(args) -> int:
    if args.check:
        problems = stubs.drift()
        for p in problems:
            print(f"drift: {p}")
        if problems:
            print("run `nndl stubs` to regenerate exercises/ from solutions/")
        return 1 if problems else 0
    changed = stubs.regenerate()
    for p in changed:
        print(f"wrote {p.relative_to(ROOT)}")
    print(f"{len(changed)} stub(s) regenerated" if changed else "exercises/ is up to date")
    return 0


def register(sub) -> None:
    p = sub.add_parser("list", help="list the exercises (all, or one chapter)")
    p.add_argument("chapter", nargs="?", help="ch1, ch2, ch3 (or 1, 2, 3)")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("check", help="run the visible checks on your exercises")
    p.add_argument("target", nargs="?", help="an exercise id (ch1.perceptron) or a chapter (ch1)")
    p.add_argument("--path", default=str(ROOT / "exercises"), help="your exercises folder")
    p.add_argument("--slow", action="store_true", help="include the checks that train on MNIST")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("hint", help="show the next hint for an exercise")
    p.add_argument("id")
    p.add_argument("--all", action="store_true", help="show every hint")
    p.add_argument("--reset", action="store_true", help="start again from the first hint")
    p.set_defaults(func=cmd_hint)

    p = sub.add_parser("grade", help="grade a submission folder with visible and hidden checks")
    p.add_argument("path", help="a filled-in copy of exercises/ (e.g. solutions)")
    p.add_argument("--only", help="an exercise id or a chapter")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--no-hidden", action="store_true", help="visible checks only")
    p.add_argument("--quick", action="store_true", help="skip the checks that train on MNIST")
    p.add_argument("--isolation", choices=("auto", "sandbox", "subprocess"), default="auto")
    p.add_argument("--require-sandbox", action="store_true",
                   help="refuse to grade without the bubblewrap sandbox")
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser("stubs", help="regenerate exercises/ from solutions/ (kit developers)")
    p.add_argument("--check", action="store_true", help="only report drift")
    p.set_defaults(func=cmd_stubs)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nndl", description="Exercises and an isolated grader for chapters 1-3 of "
                                 "Nielsen's Neural Networks and Deep Learning.")
    parser.add_argument("--lang", choices=("en", "zh"), help="language of titles and messages "
                        "(default: from NNDL_LANG or LANG)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except CatalogueError as exc:
        print(f"nndl: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("nndl: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
