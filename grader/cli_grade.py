"""`nndl grade`: grade a submission with visible and hidden checks."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from . import catalogue, report, runner
from .cli import (NOTHING_WRITTEN, _grade_with_progress, _lang, _submission_root, cannot_write,
                  needs_instructor_kit, positive_int, require_sandbox_here)

NOT_A_CLASS = ("nndl: {path} is neither a submission (a folder with ch1/, ch2/ or ch3/ inside) nor a "
               "class folder (one folder per student, at least half of them holding a submission); "
               "pass a submission folder or a class folder")


def positive_seconds(text: str) -> float:
    """argparse type: a number of seconds above 0."""
    import argparse
    try:
        x = float(text)
    except ValueError:
        x = 0.0
    if not x > 0:
        raise argparse.ArgumentTypeError(f"give a number of seconds above 0, not {text!r}")
    return x


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
    # A class folder is the instructor's: resolved.  A submission is not: a link at its
    # top is graded as a link (worth nothing), never followed to what it points at.
    root = path.resolve() if class_mode else Path(os.path.abspath(path))
    exs = select_only(args.only, include_slow=not args.quick)
    hidden = not args.no_hidden
    if hidden and not runner.hidden_available():
        raise SystemExit("nndl: the hidden checks are not installed here (a student bundle has none); "
                         "use `nndl check` to run the visible checks")
    isolation = "sandbox" if args.require_sandbox else args.isolation
    require_sandbox_here(isolation)
    if args.budget is not None:  # read by runner.grade here and in the class's worker processes
        os.environ["NNDL_BUDGET_SECONDS"] = str(args.budget)
    if class_mode:
        return grade_class(args, root, exs, hidden, isolation, lang)
    results = _grade_with_progress(root, exs, hidden, isolation, quiet=args.json)
    if args.json:
        print(report.to_json(results, str(root)))
    else:
        report.console().print(report.results_table(results, lang, title=f"{root}"))
    return 0


def graded_before(out: Path) -> list[str]:
    """The exercise ids of the gradebook already in ``out`` (empty when there is none)."""
    import json
    try:
        data = json.loads((out / "grades.json").read_text(encoding="utf-8"))
        return list(dict.fromkeys(x["id"] for s in data.get("students", []) for x in s.get("exercises", [])))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return []


def grade_class(args, root: Path, exs, hidden: bool, isolation: str, lang: str) -> int:
    from . import classroom
    out = Path(args.out).expanduser() if args.out else root.parent / f"{root.name}-grades"
    dropped = [i for i in graded_before(out) if i not in {e.id for e in exs}]
    if dropped and not args.replace:
        raise SystemExit(f"nndl: {out} already holds grades of {len(dropped)} exercise(s) this run leaves out "
                         f"({', '.join(dropped[:3])}{', ...' if len(dropped) > 3 else ''}); grading into it would "
                         "drop those columns: choose another --out, grade the same exercises again, "
                         "or pass --replace to start that gradebook afresh")
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
        from .class_report import summary_table
        per_exercise = True if args.only else None  # else: only when every column fits
        con.print(summary_table(run.records, run.failed, exs, lang, width=con.width,
                                per_exercise=per_exercise))
        board = classroom.leaderboard_table(run, lang)
        if board is not None:
            con.print(board)
        con.print(f"graded {len(run.graded)}, unchanged since the last run {len(run.skipped)}, "
                  f"not graded {len(run.failed)}; gradebook: {out / 'gradebook.csv'}, "
                  f"JSON: {out / 'grades.json'}, Gradescope: {out / 'gradescope'}/<student>/results.json")
    sheet = Path(args.manual).expanduser() if getattr(args, "manual", None) else out / "manual_points.csv"
    if sheet.exists() or getattr(args, "manual", None):
        from .manual import merge, missing_lines
        lacking = merge(out, sheet)
        for line in [f"hand grades from {sheet} merged into the gradebook"] + missing_lines(lacking):
            print(line, file=sys.stderr if args.json else sys.stdout)
    if getattr(args, "html", False):
        from .class_report import write_html
        page = write_html(out)
        print(f"class report: {page}", file=sys.stderr if args.json else sys.stdout)
    if run.missing:
        print(f"nndl: {len(run.missing)} folder(s) held no submission (0 points in the gradebook):",
              file=sys.stderr if args.json else sys.stdout)
        for name, note in sorted(run.missing.items()):
            print(f"  {name}: {note}", file=sys.stderr if args.json else sys.stdout)
    return 1 if run.failed else 0


def cmd_report(args) -> int:
    from .class_report import write_html
    grades = Path(args.grades_dir).expanduser()
    out = Path(args.out).expanduser() if args.out else None
    try:
        page = write_html(grades, out)
    except OSError as exc:
        raise SystemExit(f"nndl: {cannot_write(out or grades / 'report.html', exc)}") from None
    print(f"wrote {page}: open it in a browser (one file, no network needed)")
    return 0


def cmd_manual_collect(args) -> int:
    from . import classroom
    from .manual import collect
    folder = Path(args.class_dir).expanduser()
    if not classroom.is_class(folder):
        raise SystemExit(NOT_A_CLASS.format(path=args.class_dir).replace("neither a submission (a folder with "
                         "ch1/, ch2/ or ch3/ inside) nor a class folder", "not a class folder"))
    root = folder.resolve()
    out = Path(args.out).expanduser() if args.out else root.parent / f"{root.name}-grades"
    try:
        done = collect(root, out, args.item, pdf=not args.no_pdf)
    except OSError as exc:
        raise SystemExit(f"nndl: {cannot_write(out, exc)}") from None
    print(f"{len(done['students'])} students, {len(done['items'])} item(s): {', '.join(done['items'])}")
    print(f"read:   {done['html']}" + (f"\nprint:  {done['pdf']}" if done["pdf"] else
                                      "\n(no PDF: chromium is not installed; print the HTML page from a browser)"))
    print(f"points: {done['sheet']} (fill in the points column; `nndl manual merge {out}` or the next "
          "`nndl grade` of the class merges it)")
    return 0


def cmd_manual_merge(args) -> int:
    from .manual import merge, missing_lines
    grades = Path(args.grades_dir).expanduser()
    if not (grades / "grades.json").is_file():
        raise SystemExit(f"nndl: {grades / 'grades.json'} is missing; GRADES_DIR is the --out folder of "
                         "`nndl grade CLASS` (grade the class first)")
    sheet = Path(args.sheet).expanduser() if args.sheet else grades / "manual_points.csv"
    if not sheet.is_file():
        raise SystemExit(f"nndl: no points sheet at {sheet}; `nndl manual collect CLASS_DIR` writes one")
    lacking = merge(grades, sheet)
    print(f"merged {sheet} into {grades / 'gradebook.csv'}, grades.json and gradescope/<student>/results.json")
    for line in missing_lines(lacking):
        print(line)
    return 0


def cmd_similarity(args) -> int:
    from . import classroom
    from .similarity import write_report
    folder = Path(args.class_dir).expanduser()
    if not classroom.is_class(folder):
        raise SystemExit(f"nndl: {args.class_dir} is not a class folder (one folder per student, at least "
                         "half of them holding a submission)")
    root = folder.resolve()
    out = Path(args.out).expanduser() if args.out else root.parent / f"{root.name}-grades"
    exs = select_only(args.only, include_slow=True)
    try:
        done = write_report(root, out, exs, threshold=args.threshold)
    except OSError as exc:
        raise SystemExit(f"nndl: {cannot_write(out, exc)}") from None
    flagged = [p for pairs in done["pairs"].values() for p in pairs if p.flagged]
    print(f"{len(flagged)} pair(s) of near-copies at or above {args.threshold:.0%} (stub text left out):")
    for p in flagged:
        print(f"  {p.exercise}: {p.a} and {p.b} ({p.share_a:.0%} / {p.share_b:.0%}, {p.tokens} tokens)")
    print(f"side by side: {done['html']}; numbers: {done['json']}")
    print("This is for you to judge; it changes no grade.")
    return 0


def cmd_gradescope_bundle(args) -> int:
    from .gradescope import build_bundle
    needs_instructor_kit("`nndl gradescope-bundle`")
    target = Path(args.out).expanduser()
    if target.is_dir():
        raise SystemExit(f"nndl: {args.out} is a folder; give the zip file to write, "
                         f"e.g. {target / 'autograder.zip'}")
    try:
        out = build_bundle(target)
    except OSError as exc:
        raise SystemExit(f"nndl: {cannot_write(target, exc)}") from None
    print(f"wrote {out}: upload it as the Gradescope autograder (setup.sh, run_autograder)")
    return 0


def register(sub) -> None:
    p = sub.add_parser("grade", help="grade a submission folder with visible and hidden checks")
    p.add_argument("path", metavar="PATH", help="a filled-in copy of exercises/ (e.g. solutions), or a class "
                   "folder (one folder per student); with --nbgrader: the ASSIGNMENT")
    from .cli_nbgrader import NbgraderAction  # grader/nbgrader_grade.py, docs/nbgrader.md
    p.add_argument("--nbgrader", metavar="COURSE_DIR", action=NbgraderAction,
                   help="`nndl grade --nbgrader COURSE_DIR ASSIGNMENT`: grade the course's submitted "
                        "notebooks of ASSIGNMENT securely, into its nbgrader gradebook")
    p.add_argument("--only", help="an exercise id or a chapter (several: comma-separated)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--no-hidden", action="store_true", help="visible checks only")
    p.add_argument("--quick", action="store_true", help="skip the checks that train on MNIST")
    p.add_argument("--isolation", choices=("auto", "sandbox", "subprocess"), default="auto",
                   help="how student code is kept apart: the bubblewrap sandbox, a plain subprocess, "
                        "or auto (the sandbox where it works; default)")
    p.add_argument("--require-sandbox", action="store_true",
                   help="refuse to grade without the bubblewrap sandbox")
    p.add_argument("--jobs", type=positive_int, metavar="N",
                   help="grade a folder of submissions (one per student), N at a time")
    p.add_argument("--out", metavar="DIR", help="class results folder (default: PATH-grades next to PATH)")
    p.add_argument("--replace", action="store_true",
                   help="let --only replace a class gradebook in --out that holds other exercises")
    p.add_argument("--budget", type=positive_seconds, metavar="SECONDS",
                   help="time for one whole submission (default 150); exercises not reached by then "
                        "are 'not graded: time budget used up'")
    p.add_argument("--html", action="store_true",
                   help="class folder: also write OUT/report.html (as `nndl report OUT` does)")
    p.add_argument("--manual", metavar="SHEET.csv",
                   help="class folder: merge this filled-in points sheet of the hand-graded parts "
                        "(default: OUT/manual_points.csv when it exists; see `nndl manual`)")
    p.set_defaults(func=cmd_grade, interrupted=NOTHING_WRITTEN)

    p = sub.add_parser("similarity", help="near-copies between the students' answers, per exercise "
                                          "(a report to read; never a penalty)")
    p.add_argument("class_dir", metavar="CLASS_DIR", help="the class folder (one folder per student)")
    p.add_argument("--only", help="exercise ids or chapters (comma-separated; default: all)")
    p.add_argument("--out", metavar="DIR", help="where to write similarity.html (default: CLASS_DIR-grades)")
    p.add_argument("--threshold", type=float, default=0.7,
                   help="flag a pair when this share of one side's own code is in the other (default 0.7)")
    p.set_defaults(func=cmd_similarity)

    p = sub.add_parser("manual", help="hand-graded parts: collect written answers beside rubrics; merge points")
    msub = p.add_subparsers(dest="manual_command", required=True, metavar="STEP",
                            help="collect (the answers, a points sheet) or merge (the filled-in sheet)")
    q = msub.add_parser("collect", help="one page (HTML, and PDF with chromium) of every student's written "
                                        "answers per item, with the rubric, and a points sheet to fill in")
    q.add_argument("class_dir", metavar="CLASS_DIR", help="the class folder (one folder per student)")
    q.add_argument("--item", help="one hand-graded item (or several, comma-separated; default: all)")
    q.add_argument("--out", metavar="DIR", help="where to write (default: CLASS_DIR-grades, where "
                                                "`nndl grade` looks for the sheet)")
    q.add_argument("--no-pdf", action="store_true", help="HTML only")
    q.set_defaults(func=cmd_manual_collect)
    q = msub.add_parser("merge", help="merge the filled-in points sheet into gradebook.csv, grades.json "
                                      "and the Gradescope results; list who still lacks a hand grade")
    q.add_argument("grades_dir", metavar="GRADES_DIR", help="the --out folder of `nndl grade CLASS`")
    q.add_argument("--sheet", metavar="SHEET.csv", help="default: GRADES_DIR/manual_points.csv")
    q.set_defaults(func=cmd_manual_merge)

    p = sub.add_parser("report", help="write a class report (one HTML page) from a class's grading results")
    p.add_argument("grades_dir", metavar="GRADES_DIR", help="the --out folder of `nndl grade CLASS` (grades.json)")
    p.add_argument("--out", metavar="FILE.html", help="where to write it (default: GRADES_DIR/report.html)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("gradescope-bundle", help="build a Gradescope autograder zip running this grader")
    p.add_argument("out", metavar="OUT.zip", help="the zip file to write")
    p.set_defaults(func=cmd_gradescope_bundle)
