"""`nndl release OUT_DIR`: the student bundle.

The bundle is a small installable project holding what a student needs and
nothing an instructor keeps back:

    exercises/        the stubs (generated from solutions/, answers removed)
    tests/chN/        the visible checks
    grader/           the kit (CLI, runner, pytest plugin, data loader, plots...)
                      without grader/hidden/ and the instructor's benchmarks
    data/             checksums and the small bundled MNIST sample
    docs/             the student guide (English and Chinese)
    pyproject.toml    its own: plain `pytest` checks exercises/, not solutions/
    README.md

    .nndl-release     the marker: `nndl release --force` replaces only a folder holding it;
                      it lists every file's SHA-256, so --force can tell a student's work
                      (changed or added files, .venv, hint state) from the bundle as written

Never in it: solutions/, grader/hidden/, tests/kit/ (wrong answers and the kit's
own tests).  The bundle is written to a staging folder next to OUT_DIR and
`leaks()` looks for them there; only a clean bundle takes OUT_DIR's place, so a
failed build leaves OUT_DIR as it was.  `--force` never deletes a student's work:
an earlier bundle that differs from what `nndl release` wrote is moved aside whole,
to OUT_DIR.kept-<time> next to it, and the build says so.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import ROOT, __version__, stubs

# grader/ folders and files that stay with the instructor.
GRADER_EXCLUDE = {"hidden", "bench", "__pycache__"}
DATA_EXCLUDE_SUFFIXES = (".gz", "-ubyte")
DATA_MAX_BYTES = 20 << 20

PYPROJECT = '''\
[build-system]
requires = ["setuptools>=64"]
build-backend = "setuptools.build_meta"

[project]
name = "nndl-student"
version = "{version}"
description = "Exercises for chapters 1-3 of Nielsen's Neural Networks and Deep Learning, with self-checks"
readme = "README.md"
requires-python = ">=3.11"
dependencies = ["numpy>=1.26", "sympy>=1.12", "pytest>=8", "rich>=13"]

[project.optional-dependencies]
plots = ["matplotlib>=3.8"]
notebooks = ["nbformat>=5.9", "ipykernel>=6"]

[project.scripts]
nndl = "grader.cli:main"

[project.entry-points.pytest11]
nndl = "grader.pytest_plugin"

[tool.setuptools.packages.find]
include = ["grader*"]

[tool.setuptools.package-data]
grader = ["catalogue/*.toml", "data_files/*"]

[tool.pytest.ini_options]
# The checks run against YOUR answers in exercises/.
addopts = "--target=exercises -p no:cacheprovider --import-mode=importlib"
testpaths = ["tests"]
python_files = ["test_*.py"]
markers = ["slow: trains on real MNIST; minutes, not seconds"]
'''

README = '''\
# nndl exercises · 神经网络与深度学习练习

Exercises for chapters 1-3 of Michael Nielsen's
[*Neural Networks and Deep Learning*](http://neuralnetworksanddeeplearning.com),
with checks you run yourself. · Nielsen《神经网络与深度学习》第 1–3 章的练习,附自查测试。

```bash
python3 -m venv .venv
.venv/bin/pip install -e .          # add '.[plots,notebooks]' for plots and notebooks
.venv/bin/nndl check                # progress, and what to do next
```

Then open the file it names (e.g. `exercises/ch1/perceptron.py`), replace each
`raise NotImplementedError()` with your answer, and run `nndl check ch1.perceptron`
(or `nndl watch`, which re-checks on every save). `nndl hint ch1.perceptron` gives
hints one at a time; plain `pytest` runs the same checks.

打开提示的文件(例如 `exercises/ch1/perceptron.py`),把每个 `raise NotImplementedError()`
换成你的答案,再运行 `nndl check ch1.perceptron`(或 `nndl watch`,每次保存自动检查)。
`nndl hint ch1.perceptron` 逐条给出提示;中文界面:`nndl --lang zh check` 或 `export NNDL_LANG=zh`。

Guide · 指南: [docs/student-guide.md](docs/student-guide.md) · [docs/student-guide.zh.md](docs/student-guide.zh.md)
'''

MARKER = ".nndl-release"
MARKER_TEXT = ("nndl-kit student bundle {version}, written by `nndl release`.\n"
               "`nndl release --force` replaces only a folder holding this file.\n")

GITIGNORE = "__pycache__/\n*.pyc\n.venv/\n*.egg-info/\n.nndl/\n/data/*.gz\n/data/*-ubyte\n"


# Made by tools, not by the student: an earlier bundle holding only these (besides its own
# files) is replaced without keeping a copy.
GENERATED = ("__pycache__", ".pytest_cache")
GENERATED_SUFFIXES = (".egg-info", ".pyc")


class ReleaseError(RuntimeError):
    pass


@dataclass
class Released:
    """What `build` did: the files written, and where an earlier bundle with work in it went."""
    files: list = field(default_factory=list)
    kept: Path | None = None          # the earlier bundle, moved aside (it held the student's work)
    changed: list = field(default_factory=list)   # its files that `nndl release` did not write as they are

    def __iter__(self):  # older callers treat the result as the list of files
        return iter(self.files)

    def __len__(self):
        return len(self.files)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def _manifest(folder: Path) -> str:
    """`sha256  relative/path` for every file in a staged bundle but the marker."""
    lines = []
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.name != MARKER:
            lines.append(f"{_sha256(p)}  {p.relative_to(folder).as_posix()}")
    return "\n".join(lines) + "\n"


def student_work(bundle: Path) -> list[str]:
    """Files of an earlier bundle that `nndl release` did not write as they are now: the student's
    answers, notes, .venv, hint state...  Every file counts when the marker lists no files."""
    listed = {}
    try:
        for line in (bundle / MARKER).read_text(encoding="utf-8").splitlines():
            digest, sep, rel = line.partition("  ")
            if sep and len(digest) == 64:
                listed[rel] = digest
    except OSError:
        pass
    changed = []
    for dirpath, dirnames, filenames in os.walk(bundle):
        dirnames[:] = sorted(d for d in dirnames
                             if d not in GENERATED and not d.endswith(GENERATED_SUFFIXES))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(bundle).as_posix()
            if rel == MARKER or name.endswith(GENERATED_SUFFIXES):
                continue
            try:
                same = listed.get(rel) == _sha256(path)
            except OSError:
                same = False
            if not same:
                changed.append(rel)
    return changed


def _copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


def plan(root: Path = ROOT) -> dict[Path, Path | str]:
    """{relative path in the bundle: source file or text}."""
    out: dict[Path, Path | str] = {}
    # Stubs, freshly generated from solutions/ (so a stale or edited exercises/ cannot leak).
    if (root / "solutions").is_dir():
        for path, text in stubs.expected_stubs(root).items():
            out[path.relative_to(root)] = text
    else:  # releasing from a bundle: its exercises are already stubs
        for p in (root / "exercises").rglob("*.py"):
            out[p.relative_to(root)] = p
    for p in sorted((root / "tests").glob("ch*/*.py")):
        out[p.relative_to(root)] = p
    grader = root / "grader"
    for p in sorted(grader.rglob("*")):
        rel = p.relative_to(grader)
        if p.is_file() and not (set(rel.parts[:-1]) & GRADER_EXCLUDE) and p.suffix not in (".pyc",) \
                and rel.parts[0] not in GRADER_EXCLUDE:
            out[p.relative_to(root)] = p
    for p in sorted((root / "data").glob("*")):
        if p.is_file() and not p.name.endswith(DATA_EXCLUDE_SUFFIXES) and p.stat().st_size <= DATA_MAX_BYTES:
            out[p.relative_to(root)] = p
    for name in ("student-guide.md", "student-guide.zh.md", "data.md"):
        if (root / "docs" / name).exists():
            out[Path("docs") / name] = root / "docs" / name
    out[Path("pyproject.toml")] = PYPROJECT.format(version=__version__)
    out[Path("README.md")] = README
    out[Path(".gitignore")] = GITIGNORE
    return out


def build(out_dir: Path, root: Path = ROOT, force: bool = False) -> Released:
    """Write the bundle to ``out_dir``; returns the files written (and where earlier work went).

    ``out_dir`` must be new, empty, or (with ``force``) an earlier bundle: one
    holding MARKER.  Nothing else is ever deleted (not the kit, not a home folder),
    and an earlier bundle with the student's work in it is moved aside, not deleted.
    """
    out_dir = Path(out_dir).expanduser().resolve()
    root = Path(root).resolve()
    if out_dir == root or out_dir in root.parents:
        raise ReleaseError(f"{out_dir} holds the kit itself; choose another place")
    if root in out_dir.parents and out_dir.parts[len(root.parts)] in (
            "exercises", "solutions", "tests", "grader"):
        raise ReleaseError(f"{out_dir} is inside the kit's own folders; choose another place")
    if out_dir.exists() and not out_dir.is_dir():
        raise ReleaseError(f"{out_dir} is a file; choose a folder")
    old = out_dir.is_dir() and any(out_dir.iterdir())
    if old and not force:
        raise ReleaseError(f"{out_dir} is not empty (a student's work may be there); "
                           "choose an empty folder or pass --force to replace it")
    if old and not (out_dir / MARKER).is_file():
        raise ReleaseError(f"{out_dir} is not a bundle `nndl release` wrote (it has no {MARKER} file), "
                           "so --force will not delete it; choose an empty or new folder")
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".staging", dir=out_dir.parent))
    except OSError as exc:
        from .cli import cannot_write
        raise ReleaseError(cannot_write(out_dir, exc)) from None
    try:
        files = plan(root)
        files[Path(MARKER)] = MARKER_TEXT.format(version=__version__)  # + the manifest, below
        for rel, src in files.items():
            dest = stage / rel
            if isinstance(src, Path):
                _copy(src, dest)
            else:
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_text(src, encoding="utf-8")
        # The leak check runs on the staged bundle: a failure leaves out_dir untouched.
        problems = leaks(stage, root)
        if problems:
            raise ReleaseError("the bundle would give answers away:\n  " + "\n  ".join(problems[:20]))
        (stage / MARKER).write_text(MARKER_TEXT.format(version=__version__) + _manifest(stage),
                                    encoding="utf-8")
        done = Released([out_dir / rel for rel in files])
        if old:
            done.changed = student_work(out_dir)
        done.kept = _move_in(stage, out_dir, old, keep=bool(done.changed))
    except OSError as exc:
        from .cli import cannot_write
        raise ReleaseError(cannot_write(out_dir, exc)) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return done


def _move_in(stage: Path, out_dir: Path, old: bool, keep: bool) -> Path | None:
    """Put the staged bundle in out_dir (kept as the same folder: a shell may be inside it).

    An earlier bundle is set aside first; it is removed once the new one is in, unless
    ``keep`` (it holds the student's work): then it stays next to out_dir, and its path
    is returned."""
    out_dir.mkdir(exist_ok=True)
    aside = None
    if old:
        if keep:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            aside = out_dir.parent / f"{out_dir.name}.kept-{stamp}"
            n = 1
            while aside.exists():
                n += 1
                aside = out_dir.parent / f"{out_dir.name}.kept-{stamp}-{n}"
            aside.mkdir()
        else:
            aside = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".old", dir=out_dir.parent))
        for p in out_dir.iterdir():
            os.replace(p, aside / p.name)
    for p in stage.iterdir():
        os.replace(p, out_dir / p.name)
    if aside is not None and not keep:
        shutil.rmtree(aside, ignore_errors=True)
        return None
    return aside


# ------------------------------------------------------------------ what must never ship

def solution_regions(root: Path = ROOT) -> list[tuple[Path, list[str]]]:
    """Every ``### BEGIN/END SOLUTION`` region: (solution file, its stripped non-blank lines)."""
    regions = []
    for sol in stubs.solution_files(root):
        cur = None
        for line in sol.read_text(encoding="utf-8").splitlines():
            if stubs.BEGIN.match(line):
                cur = []
            elif stubs.END.match(line):
                regions.append((sol, cur or []))
                cur = None
            elif cur is not None and line.strip():
                cur.append(line.strip())
    return regions


def _normalised(text: str) -> str:
    return "\n".join(x.strip() for x in text.splitlines() if x.strip())


def leaks(bundle: Path, root: Path = ROOT) -> list[str]:
    """What of the instructor's material is in ``bundle`` (empty when it is clean)."""
    bundle = Path(bundle)
    problems = []
    for bad in ("solutions", "grader/hidden", "tests/kit", "grader/bench"):
        if (bundle / bad).exists():
            problems.append(f"{bad}/ is in the bundle")
    texts = {}
    for p in bundle.rglob("*"):
        if p.is_file() and p.suffix in (".py", ".toml", ".md", ".txt", ".ipynb", ".cfg", ".json"):
            texts[p.relative_to(bundle)] = _normalised(p.read_text(encoding="utf-8", errors="replace"))
    # Whole answer regions of two lines or more outside exercises/ (a stub may hand out an
    # earlier answer as a helper; a check may compute a one-line formula such as a cost).
    for sol, lines in solution_regions(root):
        block = "\n".join(lines)
        if len(block) < 25 or len(lines) < 2:
            continue
        for rel, text in texts.items():
            if rel.parts[0] != "exercises" and block in text:
                problems.append(f"{rel} holds an answer of {sol.relative_to(root)}")
    # Each stub must be the generated stub: no answer region of its own.
    if (root / "solutions").is_dir():
        for path, want in stubs.expected_stubs(root).items():
            rel = path.relative_to(root)
            got = bundle / rel
            if got.exists() and got.read_text(encoding="utf-8") != want:
                problems.append(f"{rel} is not the stub generated from solutions/")
    # Hidden checks and wrong answers, as whole files.
    secret = [p for p in (root / "grader" / "hidden").rglob("*.py") if p.stat().st_size > 200]
    secret += [p for p in (root / "tests" / "kit" / "wrong").rglob("*.py") if p.stat().st_size > 200]
    for p in secret:
        body = _normalised(p.read_text(encoding="utf-8"))
        for rel, text in texts.items():
            if body in text:
                problems.append(f"{rel} holds {p.relative_to(root)}")
    return problems
