"""The `nndl` command.

Subcommands live in small modules listed in COMMAND_MODULES; each has
``register(subparsers)`` and sets ``func=handler`` (``handler(args) -> int``).
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

# Only light imports up here: the heavy ones (NumPy, rich) happen inside main(),
# where a Ctrl-C in the first moments is caught like any other.
from . import ROOT, __version__, catalogue
from .catalogue import CatalogueError

INTERRUPTED = "interrupted"
NOTHING_WRITTEN = "interrupted; nothing was written"

COMMAND_MODULES = [
    "grader.cli",          # list, stubs
    "grader.cli_student",  # check, hint
    "grader.cli_grade",    # grade
    "grader.cli_release",  # release
    "grader.cli_plot",     # plot sigmoid|curves|misclassified
    "grader.cli_nbgrader",  # nbgrader build|grade
    "grader.cli_data",     # data fetch|info, train
    "grader.cli_final",    # final train|status (ch3.final_classifier)
]


def _lang(args) -> str:
    return getattr(args, "lang", None) or catalogue.default_lang()


def is_bundle() -> bool:
    """Whether this copy of the kit is a student bundle (`nndl release`): no solutions/, no hidden checks."""
    from . import release
    return (ROOT / release.MARKER).is_file() or not (ROOT / "solutions").is_dir()


def needs_instructor_kit(what: str) -> None:
    """Stop an instructor command in a student bundle, with a plain message (exit 2)."""
    if is_bundle():
        raise SystemExit(f"nndl: {what} needs the instructor's kit (with solutions/ and the hidden "
                         "checks); this is a student bundle, which has neither")


def require_sandbox_here(isolation: str) -> None:
    """For --require-sandbox / --isolation sandbox: stop before grading when bubblewrap is unusable."""
    if isolation != "sandbox":
        return
    from .isolation import probe
    why = probe()
    if why is not None:
        raise SystemExit(f"nndl: the bubblewrap sandbox is required but unusable here ({why}); "
                         "install it (Debian: apt-get install bubblewrap), or grade without "
                         "--require-sandbox / --isolation sandbox (isolation is weaker then)")


def positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"give a whole number of at least 1, not {text!r}")
    return n


def cannot_write(path: Path, exc: OSError) -> str:
    """Why ``path`` could not be written, in plain words (one line)."""
    path = Path(path)
    for parent in [path, *path.parents]:
        if parent.exists():
            if not parent.is_dir():
                return f"cannot write to {path}: {parent} is a file, not a folder; choose another place"
            break
    return f"cannot write to {path}: {exc.strerror or exc}; choose a folder you can write to"


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
    from . import report, runner
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

    from . import report
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


# --------------------------------------------------------------------- stubs

def cmd_stubs(args) -> int:
    from . import stubs
    needs_instructor_kit("`nndl stubs" + (" --check`" if args.check else "`"))
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
    p.add_argument("chapter", nargs="?", metavar="CHAPTER", help="ch1, ch2, ch3 (or 1, 2, 3)")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("stubs", help="regenerate exercises/ from solutions/ (kit developers)")
    p.add_argument("--check", action="store_true", help="only report drift")
    p.set_defaults(func=cmd_stubs)


LANG_HELP = "language of titles and messages: en or zh (default: NNDL_LANG, then LANG)"


def add_lang_everywhere(parser: argparse.ArgumentParser) -> None:
    """`--lang` after any (sub)command too: `nndl list --lang zh` as well as `nndl --lang zh list`."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in set(action.choices.values()):
                if "--lang" not in child._option_string_actions:
                    child.add_argument("--lang", choices=("en", "zh"), default=argparse.SUPPRESS,
                                       help=LANG_HELP)
                add_lang_everywhere(child)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nndl", description="Exercises and an isolated grader for chapters 1-3 of "
                                 "Nielsen's Neural Networks and Deep Learning.")
    parser.add_argument("--lang", choices=("en", "zh"), help=LANG_HELP)
    parser.add_argument("--version", action="version", version=f"nndl-kit {__version__}",
                        help="show the kit's version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands",
                                help="one of these (`nndl COMMAND --help` tells more)")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    add_lang_everywhere(parser)
    return parser


def _debug() -> bool:
    import os
    return os.environ.get("NNDL_DEBUG", "") not in ("", "0")


def main(argv: list[str] | None = None) -> int:
    args = None
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if getattr(args, "func", None) is None:  # bare `nndl` (or `nndl data`): what there is to run
            parser.print_help() if args.command is None else parser.parse_args([args.command, "--help"])
            return 0
        return args.func(args) or 0
    except CatalogueError as exc:
        print(f"nndl: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        # A command says what is true after a Ctrl-C in args.interrupted (e.g. nothing was written).
        print(f"nndl: {getattr(args, 'interrupted', None) or INTERRUPTED}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `nndl grade ... --json | head`
        sys.stderr.close()
        return 0
    except OSError as exc:  # a file or folder the command could not use
        if _debug():
            raise
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"nndl: {exc.strerror or exc}{where}; check the path and try again", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - never a traceback to a user
        if _debug():
            raise
        print(f"nndl: unexpected error ({type(exc).__name__}: {exc}); this is a bug in the kit: "
              "run the same command with NNDL_DEBUG=1 for the details and report them", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
