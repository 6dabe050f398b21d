"""Benchmark: grading time at class scale, side by side in one run (issue 16).

    python -m grader.bench.grading --scenarios             # everything below
    python -m grader.bench.grading --scenarios --class-size 20 --jobs 1,2

Every row is ``nndl grade`` run as a fresh process with the bubblewrap sandbox
(``--require-sandbox``), every exercise, hidden checks included:

- the reference submission (solutions/);
- all stubs (exercises/ as handed out);
- one endless loop: the reference with every function of ch1/perceptron.py looping;
- a loop in every module: every module loops forever at import;
- a class of N realistic mixed submissions, graded with ``--jobs 1`` and ``--jobs 2``
  (submissions per minute).  Each student, drawn with a fixed seed: per
  exercise mostly a reference or another correct style (tests/kit/variants),
  some wrong answers (tests/kit/wrong), some stubs; one student in ten has one
  endless loop.

Prints a table; ``--json FILE`` keeps the numbers.  Nothing here asserts a time.
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from grader import ROOT, catalogue

LOOP_FUNCTIONS = '''
def _spin(*args, **kwargs):
    while True:
        pass


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    return _spin
'''
LOOP_AT_IMPORT = "while True:\n    pass\n"


def _nndl(args: list[str]) -> tuple[float, dict]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "grader.cli", "grade", *args, "--json", "--require-sandbox"],
                          cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    try:
        out = json.loads(proc.stdout)
    except ValueError:
        raise SystemExit(f"nndl grade {' '.join(args)} failed:\n{proc.stderr[-2000:]}") from None
    return seconds, out


def _copy(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def one_loop(dest: Path) -> Path:
    _copy(ROOT / "solutions", dest)
    (dest / "ch1" / "perceptron.py").write_text(LOOP_FUNCTIONS, encoding="utf-8")
    return dest


def loop_everywhere(dest: Path) -> Path:
    _copy(ROOT / "solutions", dest)
    for e in catalogue.select(None, include_slow=True):
        (dest / e.relpath).write_text(LOOP_AT_IMPORT, encoding="utf-8")
    return dest


def mixed_class(dest: Path, size: int, seed: int = 16) -> Path:
    """``size`` students, each a plausible mix of right, wrong and unstarted answers."""
    rng = random.Random(seed)
    exs = catalogue.select(None, include_slow=True)
    for n in range(size):
        student = _copy(ROOT / "exercises", dest / f"student{n:03d}")
        looping = rng.random() < 0.1
        loop_at = rng.choice(exs) if looping else None
        for e in exs:
            name = e.relpath.rsplit("/", 1)[-1][:-3]
            chapter = e.relpath.split("/")[0]
            variants = sorted((ROOT / "tests/kit/variants" / chapter / name).glob("*.py"))
            wrongs = sorted((ROOT / "tests/kit/wrong" / chapter / name).glob("*.py"))
            r = rng.random()
            if e is loop_at:
                text = LOOP_FUNCTIONS
            elif r < 0.12:
                continue                       # not started: the stub stays
            elif r < 0.27 and wrongs:
                text = rng.choice(wrongs).read_text(encoding="utf-8")
            elif r < 0.45 and variants:
                text = rng.choice(variants).read_text(encoding="utf-8")
            else:
                text = e.solution_path.read_text(encoding="utf-8")
            (student / e.relpath).write_text(text, encoding="utf-8")
    return dest


def run(class_size: int = 50, jobs: tuple[int, ...] = (1, 2), json_path: str | None = None,
        singles_too: bool = True) -> dict:
    base = Path(tempfile.mkdtemp(prefix="nndl-bench-scale-"))
    rows: dict[str, dict] = {}
    try:
        singles = {
            "reference submission": ROOT / "solutions",
            "all stubs": ROOT / "exercises",
            "one endless loop (ch1.perceptron)": one_loop(base / "one_loop"),
            "a loop in every module": loop_everywhere(base / "loop_everywhere"),
        } if singles_too else {}
        for label, path in singles.items():
            seconds, out = _nndl([str(path)])
            t = out["totals"]
            budget = sum(runner_budget_used(x) for x in out["exercises"])
            rows[label] = {"seconds": round(seconds, 1), "score": t["score"], "points": t["points"],
                           "not_graded_budget": budget}
            print(f"{label:40s} {seconds:7.1f} s   score {t['score']:g} / {t['points']:g}"
                  + (f"   {budget} exercise(s) not graded: time budget used up" if budget else ""), flush=True)
        klass = mixed_class(base / "class", class_size)
        for j in jobs:
            out_dir = base / f"grades-j{j}"
            seconds, out = _nndl([str(klass), "--jobs", str(j), "--out", str(out_dir)])
            students = out["students"]
            per_min = 60 * len(students) / seconds
            worst = max(s["seconds"] for s in students)
            mean = sum(s["totals"]["score"] for s in students) / len(students)
            rows[f"class of {class_size}, --jobs {j}"] = {
                "seconds": round(seconds, 1), "per_minute": round(per_min, 1),
                "slowest_student_seconds": worst, "mean_score": round(mean, 1)}
            print(f"{f'class of {class_size}, --jobs {j}':40s} {seconds:7.1f} s   {per_min:5.1f} submissions/min"
                  f"   slowest student {worst:.1f} s, mean score {mean:.1f}", flush=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    if json_path:
        Path(json_path).write_text(json.dumps(rows, indent=1))
    return rows


def runner_budget_used(exercise: dict) -> int:
    from grader.runner import BUDGET_USED_UP
    return int(any(c.get("message", "").startswith(BUDGET_USED_UP) for c in exercise.get("checks", []))
               or BUDGET_USED_UP in exercise.get("message", ""))
