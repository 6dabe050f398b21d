"""`nndl grade`: grade a submission with visible and hidden checks."""
from __future__ import annotations

import sys
from pathlib import Path

from . import catalogue, report, runner
from .cli import NOTHING_WRITTEN, _grade_with_progress, _lang, _submission_root, cannot_write, positive_int

NOT_A_CLASS = ("nndl: {path} is neither a submission (a folder with ch1/, ch2/ or ch3/ inside) nor a "
               "class folder (one folder per student, at least half of them holding a submission); "
               "pass a submission folder or a class folder")


def select_only(only: str | None, include_slow: bool) -> list:
    """The exercises --only names ("ch1.perceptron, ch2"): empty items are ignored."""
    if only is None:
        return catalogue.select(None, include_slow=include_slow)
    items = [x.strip() for x in only.split(",") if x.strip()]
    if not items:
        raise SystemExit("nndl: --only names no exercise; give ids or chapters, e.g. "
                         "--only ch1.perceptron,ch2 (`nndl list` shows them)")
    exs = []
    for item in items:
        try:
            exs += [e for e in catalogue.select(item, include_slow=include_slow) if e not in exs]
        except catalogue.CatalogueError as exc:
            raise SystemExit(f"nndl: --only {item!r}: {exc}"
                             + ("" if "nndl list" in str(exc) else "; `nndl list` shows every id")) from None
    return exs


# --------------------------------------------------------------------- grade

def cmd_grade(args) -> int:
    from . import classroom
    lang = _lang(args)
    path = Path(args.path).expanduser()
    if not path.is_dir():
        _submission_root(args.path)  # raises, saying what is wrong
    class_mode = not classroom.is_submission(path)
    if class_mode and not classroom.is_class(path):
        raise SystemExit(NOT_A_CLASS.format(path=args.path))
    if not class_mode and args.out is not None:
        raise SystemExit(f"nndl: --out is for a class folder (one folder per student); {args.path} is "
                         "one submission: leave out --out (--json prints its results)")
    if not class_mode and args.jobs is not None:
        print(f"nndl: {args.path} is one submission: grading it alone (--jobs is for a class folder)",
              file=sys.stderr)
    root = path.resolve()
    exs = select_only(args.only, include_slow=not args.quick)
    hidden = not args.no_hidden
    if hidden and not runner.hidden_available():
        raise SystemExit("nndl: the hidden checks are not installed here (a student bundle has none); "
                         "use `nndl check` to run the visible checks")
    isolation = "sandbox" if args.require_sandbox else args.isolation
    if class_mode:
        return grade_class(args, root, exs, hidden, isolation, lang)
    results = _grade_with_progress(root, exs, hidden, isolation, quiet=args.json)
    if args.json:
        print(report.to_json(results, str(root)))
    else:
        report.console().print(report.results_table(results, lang, title=f"{root}"))
    return 0


def grade_class(args, root: Path, exs, hidden: bool, isolation: str, lang: str) -> int:
    from . import classroom
    out = Path(args.out).expanduser() if args.out else root.parent / f"{root.name}-grades"
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SystemExit(f"nndl: {cannot_write(out, exc)}") from None
    args.interrupted = (f"interrupted; the students graded so far are saved in {out / 'students'}, "
                        "the same command again goes on from there")
    con = report.console()
    run = classroom.grade_class(root, exs, out, jobs=args.jobs or 1, hidden=hidden, isolation=isolation,
                                progress=not args.json, console=con)
    if args.json:
        print((out / "grades.json").read_text(encoding="utf-8"))
    else:
        con.print(classroom.class_table(run, exs, lang))
        board = classroom.leaderboard_table(run, lang)
        if board is not None:
            con.print(board)
        con.print(f"graded {len(run.graded)}, unchanged since the last run {len(run.skipped)}, "
                  f"not graded {len(run.failed)}; gradebook: {out / 'gradebook.csv'}, "
                  f"JSON: {out / 'grades.json'}, Gradescope: {out / 'gradescope'}/<student>/results.json")
    if run.missing:
        print(f"nndl: {len(run.missing)} folder(s) held no submission (0 points in the gradebook):",
              file=sys.stderr if args.json else sys.stdout)
        for name, note in sorted(run.missing.items()):
            print(f"  {name}: {note}", file=sys.stderr if args.json else sys.stdout)
    return 1 if run.failed else 0


def cmd_gradescope_bundle(args) -> int:
    from .gradescope import build_bundle
    out = build_bundle(Path(args.out))
    print(f"wrote {out}: upload it as the Gradescope autograder (setup.sh, run_autograder)")
    return 0


def register(sub) -> None:
    p = sub.add_parser("grade", help="grade a submission folder with visible and hidden checks")
    p.add_argument("path", help="a filled-in copy of exercises/ (e.g. solutions)")
    from .cli_nbgrader import NbgraderAction  # grader/nbgrader_grade.py, docs/nbgrader.md
    p.add_argument("--nbgrader", metavar="COURSE_DIR", action=NbgraderAction,
                   help="`nndl grade --nbgrader COURSE_DIR ASSIGNMENT`: grade the course's submitted "
                        "notebooks of ASSIGNMENT securely, into its nbgrader gradebook")
    p.add_argument("--only", help="an exercise id or a chapter (several: comma-separated)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--no-hidden", action="store_true", help="visible checks only")
    p.add_argument("--quick", action="store_true", help="skip the checks that train on MNIST")
    p.add_argument("--isolation", choices=("auto", "sandbox", "subprocess"), default="auto")
    p.add_argument("--require-sandbox", action="store_true",
                   help="refuse to grade without the bubblewrap sandbox")
    p.add_argument("--jobs", type=positive_int, metavar="N",
                   help="grade a folder of submissions (one per student), N at a time")
    p.add_argument("--out", metavar="DIR", help="class results folder (default: PATH-grades next to PATH)")
    p.set_defaults(func=cmd_grade, interrupted=NOTHING_WRITTEN)

    p = sub.add_parser("gradescope-bundle", help="build a Gradescope autograder zip running this grader")
    p.add_argument("out", metavar="OUT.zip")
    p.set_defaults(func=cmd_gradescope_bundle)
