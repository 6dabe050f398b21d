"""The student's loop: `nndl check`, `nndl hint`, `nndl watch`, `nndl notebooks`."""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from . import ROOT, catalogue, report
from .catalogue import CatalogueError
from .cli import NOTHING_WRITTEN, _grade_with_progress, _lang, _submission_root
from .messages import t


def add_lang(p) -> None:
    """Let `--lang` follow the subcommand too (`nndl check --lang zh`)."""
    p.add_argument("--lang", choices=("en", "zh"), default=argparse.SUPPRESS,
                   help="language of titles and messages (default: NNDL_LANG or LANG)")


def checkable(exs: list) -> list:
    """Exercises that have visible checks (a catalogue entry may land before its files)."""
    return [e for e in exs if e.visible_path.exists()]


def exercise_for_file(path: Path, root: Path):
    """The exercise whose student file is ``path`` (inside ``root``), or None."""
    try:
        rel = Path(path).resolve().relative_to(root)
    except ValueError:
        return None
    if len(rel.parts) != 2 or rel.suffix != ".py":
        return None
    try:
        return catalogue.get(f"{rel.parts[0]}.{rel.stem}")
    except CatalogueError:
        return None


def resolve_target(target: str | None, root: Path, include_slow: bool) -> list:
    """An id, a chapter, a student file (exercises/ch1/perceptron.py), or everything."""
    if target and target.endswith(".py"):
        ex = exercise_for_file(Path(target), root)
        if ex is None:
            raise CatalogueError(t("no_exercise_for_file", path=target))
        return [ex]
    return checkable(catalogue.select(target, include_slow=include_slow))


# --------------------------------------------------------------------- check

def show_results(results, root: Path, lang: str, con=None) -> int:
    """The progress view and what to do next; returns the exit code (0 when all pass)."""
    con = con or report.console()
    for line in report.progress_view(results, lang):
        con.print(line, soft_wrap=True)
    if any(r.id == "ch3.final_classifier" for r in results):
        from .cli_final import model_status
        from .data import DataError
        try:
            con.print(model_status(root), soft_wrap=True, markup=False)
        except DataError as exc:
            con.print(f"model: {exc}", soft_wrap=True, markup=False)
    nxt = report.next_up(results)
    if nxt is None:
        con.print(t("all_passed", lang), style="bold green")
        return 0
    for line in report.next_up_lines(nxt, str(root / catalogue.get(nxt.id).relpath), lang):
        con.print(line, soft_wrap=True)
    return 1


def cmd_check(args) -> int:
    lang = _lang(args)
    root = _submission_root(args.path)
    exs = resolve_target(args.target, root, include_slow=args.slow or bool(args.target))
    results = _grade_with_progress(root, exs, hidden=False, isolation="subprocess", quiet=args.quiet)
    if args.json:
        print(report.to_json(results, str(root)))
        return 0 if all(r.status == "passed" for r in results) else 1
    return show_results(results, root, lang)


# --------------------------------------------------------------------- hint

def hint_state_file() -> Path:
    """Which hints were shown: .nndl/hints.json in the kit (NNDL_STATE_DIR moves it)."""
    return Path(os.environ.get("NNDL_STATE_DIR") or ROOT / ".nndl") / "hints.json"


def cmd_hint(args) -> int:
    lang = _lang(args)
    ex = catalogue.get(args.id)
    hints = ex.hint_list(lang)
    state_file = hint_state_file()
    try:
        state = json.loads(state_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    shown = 0 if args.reset else int(state.get(ex.id, 0))
    shown = len(hints) if args.all else min(shown + 1, len(hints))
    state[ex.id] = shown
    try:
        state_file.parent.mkdir(parents=True, exist_ok=True)
        state_file.write_text(json.dumps(state, indent=1), encoding="utf-8")
    except OSError:
        pass  # a read-only kit still shows the hint
    con = report.console()
    con.print(f"[bold]{ex.id}[/bold] — {ex.title(lang)}  ({ex.url})")
    if ex.summary(lang):
        con.print(ex.summary(lang))
    for i, h in enumerate(hints[:shown], 1):
        con.print(f"  [bold]{t('hint_n', lang, i=i, n=len(hints))}[/bold]: {h}")
    con.print("  " + t("more_hints" if shown < len(hints) else "no_more_hints", lang), style="dim")
    return 0


# --------------------------------------------------------------------- watch

def cmd_watch(args) -> int:
    from .watch import watch
    root = _submission_root(args.path)
    exs = None if not args.target else resolve_target(args.target, root, include_slow=True)
    return watch(root, _lang(args), interval=args.interval, only=exs, max_runs=args.max_runs)


# --------------------------------------------------------------------- notebooks

def cmd_notebooks(args) -> int:
    from .notebooks import export
    lang = _lang(args)
    try:
        written = export(Path(args.out_dir), chapter=args.chapter, force=args.force)
    except OSError as exc:
        from .cli import cannot_write
        raise SystemExit(f"nndl: {cannot_write(Path(args.out_dir), exc)}") from None
    print(t("notebooks_done", lang, n=len(written), out=args.out_dir))
    return 0


def register(sub) -> None:
    p = sub.add_parser("check", help="run the visible checks on your exercises: progress, the first problem")
    p.add_argument("target", nargs="?", metavar="TARGET", help="an exercise id (ch1.perceptron), a chapter (ch1) "
                   "or an exercise file (exercises/ch1/perceptron.py)")
    p.add_argument("--path", default=str(ROOT / "exercises"), help="your exercises folder")
    p.add_argument("--slow", action="store_true", help="include the checks that train on MNIST")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="results as JSON")
    add_lang(p)
    p.set_defaults(func=cmd_check, interrupted=NOTHING_WRITTEN)

    p = sub.add_parser("hint", help="show the next hint for an exercise, one at a time")
    p.add_argument("id", metavar="ID", help="the exercise, e.g. ch1.perceptron (`nndl list` shows them)")
    p.add_argument("--all", action="store_true", help="show every hint")
    p.add_argument("--reset", action="store_true", help="start again from the first hint")
    add_lang(p)
    p.set_defaults(func=cmd_hint)

    p = sub.add_parser("watch", help="re-run an exercise's checks each time you save its file")
    p.add_argument("target", nargs="?", metavar="TARGET", help="only this exercise or chapter (default: any file you save)")
    p.add_argument("--path", default=str(ROOT / "exercises"), help="your exercises folder")
    p.add_argument("--interval", type=float, default=0.5, help="seconds between looks at the files")
    p.add_argument("--max-runs", type=int, default=None, help=argparse.SUPPRESS)
    add_lang(p)
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("notebooks", help="export the exercises as Jupyter notebooks with self-check cells")
    p.add_argument("out_dir", metavar="OUT_DIR", help="the folder to write the notebooks to")
    p.add_argument("--chapter", help="only this chapter (ch1, 2, ...)")
    p.add_argument("--force", action="store_true", help="overwrite notebooks that exist (and your answers in them)")
    add_lang(p)
    p.set_defaults(func=cmd_notebooks)
