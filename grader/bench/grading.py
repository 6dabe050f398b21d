"""Benchmark: the wall time to grade one complete submission, kit vs nbgrader.

    python -m grader.bench.grading                 # every exercise the course holds
    python -m grader.bench.grading --chapters 1    # one chapter
    python -m grader.bench.grading --kit-only      # without nbgrader
    python -m grader.bench.grading --scenarios     # worst cases and a class (grader/bench/worst_cases.py)

Side by side in one run, on the same exercises (those ``nndl nbgrader build``
puts in the course) and the same answers (the reference solutions):

- kit: ``nndl grade solutions --require-sandbox`` as a fresh process (start-up,
  the bubblewrap sandbox, every visible and hidden check), best of ``--runs``;
- nbgrader: the course built by grader.nbgrader_course, released with
  ``nbgrader generate_assignment`` (not timed), one student whose notebooks hold
  the reference answers, then ``nbgrader autograde <chapter>`` for every chapter
  (timed, summed): a kernel per notebook, the checks run inside it.

Prints a table and the ratio nbgrader / kit; ``--json FILE`` saves the numbers.
This is a benchmark, not a test: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from grader import ROOT

BIN = Path(sys.executable).parent


def _run(cmd: list[str], cwd: Path, env: dict | None = None) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return seconds


def kit(ids: list[str], runs: int) -> tuple[float, dict]:
    cmd = [sys.executable, "-m", "grader.cli", "grade", str(ROOT / "solutions"), "--json",
           "--require-sandbox", "--only", ",".join(ids)]
    times = []
    out = {}
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise SystemExit(f"nndl grade failed:\n{proc.stderr[-2000:]}")
        out = json.loads(proc.stdout)
    return min(times), out["totals"]


def nbgrader(chapters: list[int] | None, keep: Path | None) -> tuple[float, dict, dict]:
    from grader import nbgrader_course
    base = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="nndl-bench-"))
    course = base / "course"
    if course.exists():
        shutil.rmtree(course)
    nbgrader_course.build(course, chapters)
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    per, setup = {}, {}
    try:
        for assignment, exs in nbgrader_course.assignments(chapters).items():
            setup[assignment] = _run([str(BIN / "nbgrader"), "generate_assignment", assignment], course, env)
            dest = course / "submitted" / "ref" / assignment
            dest.mkdir(parents=True)
            for ex in exs:
                nb = json.loads((course / "release" / assignment / f"{ex.name}.ipynb").read_text(encoding="utf-8"))
                for cell in nb["cells"]:
                    gid = cell["metadata"].get("nbgrader", {}).get("grade_id")
                    if gid == nbgrader_course.answer_id(ex):
                        cell["source"] = ex.solution_path.read_text(encoding="utf-8")
                    elif ex.manual_points and gid == nbgrader_course.essay_id(ex):
                        cell["source"] = nbgrader_course.essay_reference(ex)
                (dest / f"{ex.name}.ipynb").write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
        for assignment in nbgrader_course.assignments(chapters):
            per[assignment] = _run([str(BIN / "nbgrader"), "autograde", assignment, "--student", "ref"],
                                   course, env)
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)
    return sum(per.values()), per, setup


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m grader.bench.grading", description=__doc__.split("\n")[0])
    p.add_argument("--chapters", help="e.g. 1 or 1,3 (default: all)")
    p.add_argument("--runs", type=int, default=2, help="kit runs (best is kept)")
    p.add_argument("--kit-only", action="store_true", help="skip nbgrader")
    p.add_argument("--keep", help="build the nbgrader course here and keep it")
    p.add_argument("--json", help="write the numbers to this file")
    p.add_argument("--scenarios", action="store_true",
                   help="instead: reference, all stubs, one endless loop, a loop in every module, "
                        "and a class graded with --jobs 1 and 2 (grader/bench/worst_cases.py)")
    p.add_argument("--class-size", type=int, default=50, help="students in the --scenarios class")
    p.add_argument("--jobs", default="1,2", help="--jobs values for the --scenarios class")
    p.add_argument("--class-only", action="store_true", help="--scenarios: only the class")
    args = p.parse_args(argv)
    if args.scenarios:
        from grader.bench import worst_cases
        worst_cases.run(args.class_size, tuple(int(j) for j in args.jobs.split(",")), args.json,
                        singles_too=not args.class_only)
        return 0
    from grader import nbgrader_course
    chapters = [int(c) for c in args.chapters.split(",")] if args.chapters else None
    exs = [e for group in nbgrader_course.assignments(chapters).values() for e in group]
    ids = [e.id for e in exs]
    print(f"{len(ids)} exercises; {os.cpu_count()} cores; Python {platform.python_version()}")
    kit_s, totals = kit(ids, args.runs)
    print(f"kit (nndl grade, bubblewrap): {kit_s:6.1f} s   score {totals['score']:g} / {totals['points']:g}")
    result = {"exercises": len(ids), "cores": os.cpu_count(), "kit_seconds": round(kit_s, 2),
              "kit_score": totals["score"], "kit_points": totals["points"]}
    if not args.kit_only:
        nb_s, per, setup = nbgrader(chapters, Path(args.keep) if args.keep else None)
        for a, s in per.items():
            print(f"  nbgrader autograde {a}: {s:6.1f} s (generate_assignment, not timed: {setup[a]:.1f} s)")
        print(f"nbgrader autograde (all):     {nb_s:6.1f} s")
        print(f"ratio nbgrader / kit:         {nb_s / kit_s:6.1f}x")
        result.update({"nbgrader_seconds": round(nb_s, 2), "nbgrader_per_assignment": per,
                       "ratio": round(nb_s / kit_s, 2)})
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
