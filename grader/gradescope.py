"""Gradescope: its results.json format, and an autograder bundle running this grader.

``nndl gradescope-bundle OUT.zip`` writes a zip to upload as a Gradescope
"autograder": ``setup.sh`` (installs Python, bubblewrap and the kit into
/autograder/venv), ``run_autograder`` (grades /autograder/submission and writes
/autograder/results/results.json), and the kit itself: grader/ (with the hidden
checks), the visible checks (tests/chN) and pyproject.toml; never solutions/.

Inside Gradescope, run_autograder calls ``python -m grader.gradescope run``,
which accepts a submission laid out like exercises/ (ch1/..., possibly inside
one top folder) or loose files named after the exercises (perceptron.py ...).
The upload is data: only its regular files are read (grader.untrusted), a link
in it (or the folder itself being one) is never followed, and what was left out
costs the exercise it stands for, with a plain message.
Every path can be overridden by an environment variable, which is how the
kit's test runs the bundle locally:
NNDL_AUTOGRADER_SOURCE, NNDL_AUTOGRADER_SUBMISSION, NNDL_AUTOGRADER_RESULTS,
NNDL_AUTOGRADER_PYTHON, and NNDL_AUTOGRADER_ONLY (an exercise id or chapter).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from . import ROOT, catalogue, runner, untrusted

SETUP_SH = """#!/usr/bin/env bash
# Gradescope runs this once, as root, when the autograder image is built.
# Works on Ubuntu 22.04 (python3 is 3.10) and 24.04 (3.12, an "externally
# managed" system Python: the kit goes into a venv of its own, never into it),
# and on Debian 12 and later.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends python3 python3-venv ca-certificates bubblewrap >/dev/null
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  echo "setup.sh: python3 is $(python3 --version 2>&1); the kit needs Python 3.10 or later" >&2
  exit 1
fi
python3 -m venv /autograder/venv
/autograder/venv/bin/python -m pip install -q --upgrade pip
/autograder/venv/bin/python -m pip install -q /autograder/source
echo "setup.sh: the kit is installed for $(/autograder/venv/bin/python --version 2>&1) in /autograder/venv"
"""

RUN_AUTOGRADER = """#!/usr/bin/env bash
# Gradescope runs this for every submission.  All paths can be overridden.
set -euo pipefail
SOURCE="${NNDL_AUTOGRADER_SOURCE:-/autograder/source}"
SUBMISSION="${NNDL_AUTOGRADER_SUBMISSION:-/autograder/submission}"
RESULTS="${NNDL_AUTOGRADER_RESULTS:-/autograder/results/results.json}"
PYTHON="${NNDL_AUTOGRADER_PYTHON:-/autograder/venv/bin/python}"
# Installed non-editable, the grader does not find the kit's data/: point it at the bundled sample.
export NNDL_DATA="${NNDL_DATA:-$SOURCE/data/mnist_sample.npz}"
cd "$SOURCE"
exec "$PYTHON" -m grader.gradescope run --submission "$SUBMISSION" --results "$RESULTS" \\
    ${NNDL_AUTOGRADER_ONLY:+--only "$NNDL_AUTOGRADER_ONLY"}
"""

BUNDLE_FILES = ["pyproject.toml", "README.md", "data/mnist_sample.npz", "data/README.md"]
BUNDLE_DIRS = ["grader"]


# ------------------------------------------------------------------ results.json

def results_json(results: list[runner.ExerciseResult], output: str = "") -> dict:
    """Gradescope's results format: one test per exercise, its checks in the output."""
    tests = []
    for r in results:
        lines = [r.message] if r.message else []
        for c in r.checks:
            mark = "ok " if c.passed else "FAIL"
            label = runner.check_label(c.name, c.hidden)  # the name, never the code
            lines.append(f"[{mark}] {label}" + (f": {c.message}" if c.message and not c.passed else ""))
        if r.manual_points:
            lines.append(f"(+{r.manual_points:g} points graded by hand)")
        tests.append({"name": f"{r.id}: {r.title_en}", "score": r.score, "max_score": r.points,
                      "status": "passed" if r.status == "passed" else "failed",
                      "output": "\n".join(lines), "visibility": "visible"})
    t = runner.totals(results)
    return {"score": t["score"], "output": output or f"{t['passed']}/{t['exercises']} exercises passed",
            "tests": tests}


# ------------------------------------------------------------------ running inside Gradescope

def _laid_out(folder: Path) -> bool:
    return any((folder / f"ch{n}").is_dir() for n in (1, 2, 3))


def normalise_submission(sub: Path, dest: Path) -> tuple[Path, dict[str, str]]:
    """A folder laid out like exercises/, made from what the student uploaded, and what was left out.

    The upload is first copied by grader.untrusted into ``dest``'s folder (regular
    files of bounded size; links, devices, FIFOs and sockets left out, never
    followed or opened), and only that copy is looked at.  What was left out is
    returned keyed by the exercise file it stands for (``ch1/perceptron.py``), so
    the grade says so on that exercise.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    upload = Path(tempfile.mkdtemp(prefix="upload-", dir=dest.parent))  # never the upload's own folder
    refused = untrusted.copy_submission(Path(sub), upload)
    if "" in refused or _laid_out(upload):
        return upload, refused
    inner = [p for p in sorted(upload.iterdir()) if p.is_dir() and _laid_out(p)]
    if len(inner) == 1:
        top = inner[0].name + "/"
        return inner[0], {k[len(top):]: v for k, v in refused.items() if k.startswith(top)}
    by_name: dict[str, list] = {}
    for ex in catalogue.all_exercises():
        by_name.setdefault(f"{ex.name}.py", []).append(ex)
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(upload.rglob("*.py")):  # the copy: regular files and folders only
        for ex in by_name.get(path.name, [])[:1]:
            target = dest / ex.relpath
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.copyfile(path, target)
    # Data files handed in with a module (e.g. ch3/final_model.npz), wherever the upload put them.
    data_files = {Path(rel).name: rel for ex in catalogue.all_exercises() for rel in ex.files}
    for path in sorted(upload.rglob("*")):  # the safe copy
        rel = data_files.get(path.name)
        if rel is None or path.is_symlink() or not path.is_file():
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            shutil.copyfile(path, target)
    left: dict[str, str] = {}
    for rel, reason in sorted(refused.items()):
        for ex in by_name.get(rel.rsplit("/", 1)[-1], [])[:1]:
            if not (dest / ex.relpath).exists():
                left.setdefault(ex.relpath, reason)
    for n in (1, 2, 3):
        (dest / f"ch{n}").mkdir(exist_ok=True)
    return dest, left


def run(submission: Path, results_path: Path, only: str | None = None, isolation: str = "auto") -> dict:
    exercises = catalogue.select(only) if only else catalogue.all_exercises()
    with tempfile.TemporaryDirectory(prefix="nndl-gs-") as tmp:
        try:
            root, refused = normalise_submission(Path(submission), Path(tmp) / "submission")
            results = runner.grade(root, exercises, hidden=True, isolation=isolation, refused=refused)
            payload = results_json(results)
        except Exception as exc:  # noqa: BLE001 - always leave Gradescope a results file
            why = untrusted.clean(f"{type(exc).__name__}: {exc}", untrusted.HostPaths([submission]))
            payload = {"score": 0, "output": f"The grader could not run: {why}", "tests": []}
    results_path = Path(results_path)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = results_path.with_suffix(".tmp")
    tmp_out.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp_out, results_path)
    return payload


# ------------------------------------------------------------------ the bundle

def _add_tree(z: zipfile.ZipFile, folder: Path, arc: str) -> None:
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part in ("__pycache__", ".ipynb_checkpoints") for part in rel.parts) or path.suffix == ".pyc":
            continue
        if path.is_file():
            z.write(path, f"{arc}/{rel.as_posix()}")


def _add_text(z: zipfile.ZipFile, name: str, text: str, executable: bool = False) -> None:
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.external_attr = ((0o755 if executable else 0o644) | 0o100000) << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, text)


def build_bundle(out: Path) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        _add_text(z, "setup.sh", SETUP_SH, executable=True)
        _add_text(z, "run_autograder", RUN_AUTOGRADER, executable=True)
        for name in BUNDLE_FILES:
            if (ROOT / name).exists():
                z.write(ROOT / name, name)
        for name in BUNDLE_DIRS:
            _add_tree(z, ROOT / name, name)
        for n in (1, 2, 3):  # the visible checks only; never tests/kit, never solutions/
            if (ROOT / "tests" / f"ch{n}").is_dir():
                _add_tree(z, ROOT / "tests" / f"ch{n}", f"tests/ch{n}")
    return out


def extract(bundle: Path, dest: Path) -> Path:
    """Unpack a bundle keeping the executable bits (as Gradescope does)."""
    with zipfile.ZipFile(bundle) as z:
        for info in z.infolist():
            path = Path(z.extract(info, dest))
            mode = (info.external_attr >> 16) & 0o777
            if mode:
                os.chmod(path, mode)
    return Path(dest)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m grader.gradescope")
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="grade one Gradescope submission")
    r.add_argument("--submission", default="/autograder/submission")
    r.add_argument("--results", default="/autograder/results/results.json")
    r.add_argument("--only")
    r.add_argument("--isolation", choices=("auto", "sandbox", "subprocess"), default="auto")
    args = p.parse_args(argv)
    payload = run(Path(args.submission), Path(args.results), args.only, args.isolation)
    print(f"score {payload['score']}: {payload['output']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
