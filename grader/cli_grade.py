"""`nndl grade`: grade a submission with visible and hidden checks."""
from __future__ import annotations

from . import catalogue, report, runner
from .cli import _grade_with_progress, _lang, _submission_root

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


def register(sub) -> None:
    p = sub.add_parser("grade", help="grade a submission folder with visible and hidden checks")
    p.add_argument("path", help="a filled-in copy of exercises/ (e.g. solutions)")
    from .cli_nbgrader import NbgraderAction  # grader/nbgrader_grade.py, docs/nbgrader.md
    p.add_argument("--nbgrader", metavar="COURSE_DIR", action=NbgraderAction,
                   help="`nndl grade --nbgrader COURSE_DIR ASSIGNMENT`: grade the course's submitted "
                        "notebooks of ASSIGNMENT securely, into its nbgrader gradebook")
    p.add_argument("--only", help="an exercise id or a chapter")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--no-hidden", action="store_true", help="visible checks only")
    p.add_argument("--quick", action="store_true", help="skip the checks that train on MNIST")
    p.add_argument("--isolation", choices=("auto", "sandbox", "subprocess"), default="auto")
    p.add_argument("--require-sandbox", action="store_true",
                   help="refuse to grade without the bubblewrap sandbox")
    p.set_defaults(func=cmd_grade)
