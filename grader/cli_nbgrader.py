"""`nndl nbgrader build|grade` and `nndl grade --nbgrader COURSE_DIR ASSIGNMENT`."""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def chapter_numbers(names: list[str] | None) -> list[int] | None:
    """--chapter ch1 --chapter 2 -> [1, 2]; an unknown chapter is a plain error."""
    if not names:
        return None
    from . import catalogue
    known = [c.number for c in catalogue.chapters()]
    numbers = []
    for name in names:
        number = name.strip().removeprefix("ch")
        if not number.isdigit() or int(number) not in known:
            raise SystemExit(f"nndl: no chapter {name!r}; chapters are "
                             + ", ".join(f"ch{n}" for n in known) + " (`nndl list` shows them)")
        numbers.append(int(number))
    return numbers


def cmd_build(args) -> int:
    from . import nbgrader_course
    from .cli import needs_instructor_kit
    needs_instructor_kit("`nndl nbgrader build`")
    chapters = chapter_numbers(args.chapter)
    course = Path(args.course_dir)
    try:
        changed = nbgrader_course.build(course, chapters)
    except OSError as exc:
        from .cli import cannot_write
        raise SystemExit(f"nndl: {cannot_write(course, exc)}") from None
    for path in changed:
        print(f"wrote {path}")
    found = nbgrader_course.assignments(chapters)
    print(f"{course}: " + ", ".join(f"{a} ({len(exs)} notebooks)" for a, exs in found.items())
          + ("" if changed else " - already up to date"))
    print(f"next: cd {course} && nbgrader generate_assignment <assignment>   (see docs/nbgrader.md)")
    return 0


def _grade(course_dir: str, assignment: str, students, isolation: str, as_json: bool) -> int:
    from . import nbgrader_grade
    from .cli import needs_instructor_kit, require_sandbox_here
    needs_instructor_kit("grading an nbgrader course")
    require_sandbox_here(isolation)
    try:
        graded = nbgrader_grade.grade_course(Path(course_dir), assignment, students or None,
                                             isolation=isolation,
                                             log=(lambda *a: None) if as_json else print)
    except nbgrader_grade.NbgraderError as exc:
        raise SystemExit(f"nndl: {exc}") from None
    if as_json:
        print(json.dumps({g.student: {"score": g.score, "problems": g.problems,
                                      "exercises": {r.id: {"score": r.score, "status": r.status,
                                                           "message": r.message} for r in g.results}}
                          for g in graded}, indent=1))
    else:
        print(f"{len(graded)} submission(s) graded into {Path(course_dir) / 'gradebook.db'}; "
              "`nbgrader export` shows them")
    return 0


def cmd_grade(args) -> int:
    isolation = "sandbox" if args.require_sandbox else args.isolation
    return _grade(args.course_dir, args.assignment, args.student, isolation, args.json)


def cmd_grade_nbgrader(args) -> int:
    """`nndl grade --nbgrader COURSE_DIR ASSIGNMENT` (ASSIGNMENT arrives as grade's PATH)."""
    isolation = "sandbox" if getattr(args, "require_sandbox", False) else getattr(args, "isolation", "auto")
    return _grade(args.nbgrader, args.path, None, isolation, getattr(args, "json", False))


class NbgraderAction(argparse.Action):
    """`--nbgrader COURSE_DIR`: grade PATH (an assignment) of that course instead of a folder."""

    def __call__(self, parser, namespace, values, option_string=None):
        namespace.nbgrader = values
        namespace.func = cmd_grade_nbgrader


def register(sub) -> None:
    p = sub.add_parser("nbgrader", help="an nbgrader course from the kit, and secure grading of it")
    nb = p.add_subparsers(dest="nbgrader_command", metavar="ACTION", help="build or grade")

    b = nb.add_parser("build", help="write (or refresh) the nbgrader course: config and source/ notebooks")
    b.add_argument("course_dir", metavar="COURSE_DIR", help="the course folder (created if missing)")
    b.add_argument("--chapter", action="append", help="only this chapter (ch1, ch2, ch3); repeatable")
    b.set_defaults(func=cmd_build)

    g = nb.add_parser("grade", help="grade submitted notebooks in the kit's isolated grader, "
                                    "into nbgrader's gradebook")
    g.add_argument("course_dir", metavar="COURSE_DIR", help="the course folder (holding gradebook.db)")
    g.add_argument("assignment", metavar="ASSIGNMENT", help="ch1, ch2 or ch3")
    g.add_argument("--student", action="append", help="only this student; repeatable")
    g.add_argument("--json", action="store_true", help="machine-readable summary")
    g.add_argument("--isolation", choices=("auto", "sandbox", "subprocess"), default="auto",
                   help="how student code is kept apart: the bubblewrap sandbox, a plain subprocess, "
                        "or auto (the sandbox where it works; default)")
    g.add_argument("--require-sandbox", action="store_true",
                   help="refuse to grade without the bubblewrap sandbox")
    g.set_defaults(func=cmd_grade)
