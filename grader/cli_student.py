"""`nndl check` and `nndl hint`: the student's self-check loop."""
from __future__ import annotations

import json

from . import ROOT, catalogue, report
from .cli import _grade_with_progress, _lang, _submission_root

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


def register(sub) -> None:
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
