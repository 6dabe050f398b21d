"""`nndl grade`: grade a submission with visible and hidden checks."""
from __future__ import annotations

from pathlib import Path

from . import catalogue, report, runner
from .cli import _grade_with_progress, _lang, _submission_root

# --------------------------------------------------------------------- grade

def cmd_grade(args) -> int:
    lang = _lang(args)
    from . import classroom
    class_mode = args.jobs is not None or args.out is not None or classroom.is_class(Path(args.path))
    root = Path(args.path).expanduser().resolve() if class_mode else _submission_root(args.path)
    exs = []
    for spec in (args.only.split(",") if args.only else [None]):  # "ch1.perceptron,ch1.half_adder"
        exs += [e for e in catalogue.select(spec or None, include_slow=not args.quick) if e not in exs]
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
    if not root.is_dir() or not classroom.students(root):
        raise SystemExit(f"nndl: {args.path} has no submission folders (one folder per student, "
                         "each laid out like exercises/)")
    out = Path(args.out) if args.out else root.parent / f"{root.name}-grades"
    con = report.console()
    run = classroom.grade_class(root, exs, out, jobs=args.jobs or 1, hidden=hidden, isolation=isolation,
                                progress=not args.json, console=con)
    if args.json:
        print((out / "grades.json").read_text(encoding="utf-8"))
    else:
        con.print(classroom.class_table(run, exs, lang))
        con.print(f"graded {len(run.graded)}, unchanged since the last run {len(run.skipped)}, "
                  f"not graded {len(run.failed)}; gradebook: {out / 'gradebook.csv'}, "
                  f"JSON: {out / 'grades.json'}, Gradescope: {out / 'gradescope'}/<student>/results.json")
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
    p.add_argument("--jobs", type=int, metavar="N",
                   help="grade a folder of submissions (one per student), N at a time")
    p.add_argument("--out", metavar="DIR", help="class results folder (default: PATH-grades next to PATH)")
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser("gradescope-bundle", help="build a Gradescope autograder zip running this grader")
    p.add_argument("out", metavar="OUT.zip")
    p.set_defaults(func=cmd_gradescope_bundle)
