"""`nndl release`: the student bundle holds no answers and works in a fresh virtual environment."""
from __future__ import annotations

import importlib.util
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest

from grader import ROOT, catalogue, release, stubs


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release") / "nndl-student"
    release.build(out)
    return out


def _text_files(bundle: Path) -> dict[Path, str]:
    out = {}
    for p in bundle.rglob("*"):
        if p.is_file() and p.suffix != ".npz":
            out[p.relative_to(bundle)] = p.read_text(encoding="utf-8", errors="replace")
    return out


def _region_lines(sol: Path) -> list[str]:
    lines, inside = [], False
    for line in sol.read_text(encoding="utf-8").splitlines():
        if stubs.BEGIN.match(line):
            inside = True
        elif stubs.END.match(line):
            inside = False
        elif inside and len(line.strip()) >= 20:
            lines.append(line.strip())
    return lines


def test_no_instructor_folders(bundle):
    for bad in ("solutions", "grader/hidden", "tests/kit", "grader/bench"):
        assert not (bundle / bad).exists(), f"the bundle must not hold {bad}/"
    assert (bundle / "exercises").is_dir() and (bundle / "tests").is_dir(), "the bundle lacks exercises/ or tests/"
    assert (bundle / "grader" / "cli.py").exists(), "the bundle lacks the CLI"
    assert (bundle / "grader" / "data.py").exists(), "the bundle lacks the data tools"


def test_every_stub_and_visible_check_ships(bundle):
    for sol in stubs.solution_files():
        rel = sol.relative_to(ROOT / "solutions")
        got = bundle / "exercises" / rel
        assert got.exists(), f"exercises/{rel} is missing from the bundle"
        assert got.read_text(encoding="utf-8") == stubs.make_stub(sol.read_text(encoding="utf-8")), \
            f"exercises/{rel} in the bundle is not the stub (an answer may have leaked)"
    for p in (ROOT / "tests").glob("ch*/test_*.py"):
        assert (bundle / p.relative_to(ROOT)).exists(), f"{p.relative_to(ROOT)} is missing from the bundle"


def test_no_solution_text_outside_the_stubs(bundle):
    """Grep the bundle for every solution region's lines (the stubs are checked exactly above)."""
    files = {rel: text for rel, text in _text_files(bundle).items() if rel.parts[0] != "exercises"}
    found = []
    for sol in stubs.solution_files():
        for line in _region_lines(sol):
            for rel, text in files.items():
                if line in text:
                    # A line may also be part of a file as the kit's authors wrote it
                    # (a hint's formula, a generic line in the data loader); the release
                    # must add none.
                    kit_file = ROOT / rel
                    if not (kit_file.exists() and line in kit_file.read_text(encoding="utf-8")):
                        found.append(f"{rel}: {line}")
    assert not found, "solution text in the bundle:\n" + "\n".join(found[:10])
    for sol, lines in release.solution_regions():
        block = "\n".join(lines)
        if len(block) >= 25 and len(lines) >= 2:
            for rel, text in files.items():
                norm = "\n".join(x.strip() for x in text.splitlines() if x.strip())
                assert block not in norm, f"{rel} holds a whole answer region of {sol.relative_to(ROOT)}"


def test_no_hidden_checks_or_wrong_answers(bundle):
    texts = _text_files(bundle)
    secret = list(catalogue.HIDDEN_DIR.rglob("test_*.py")) + list((ROOT / "tests/kit/wrong").rglob("*.py"))
    assert secret, "the kit should have hidden checks and wrong answers to look for"
    # Lines the student may see anyway (visible checks, stubs) are not secrets.
    public = [*(ROOT / "tests").glob("ch*/test_*.py"), *(ROOT / "exercises").rglob("*.py")]
    visible = "\n".join(p.read_text(encoding="utf-8") for p in public)
    for p in secret:
        distinctive = [ln.strip() for ln in p.read_text(encoding="utf-8").splitlines()
                       if len(ln.strip()) >= 30 and ln.strip() not in visible]
        for rel, text in texts.items():
            hits = [ln for ln in distinctive if ln in text]
            assert len(hits) < 3, f"{rel} holds lines of {p.relative_to(ROOT)}: {hits[:2]}"


def test_leak_detector_catches_a_copied_solution(bundle, tmp_path):
    """The build's own guard must fail on a bundle with an answer in it."""
    dirty = shutil.copytree(bundle, tmp_path / "dirty")
    sol = stubs.solution_files()[0]
    (dirty / "grader" / "leaked.py").write_text(sol.read_text(encoding="utf-8"), encoding="utf-8")
    (dirty / "solutions").mkdir()
    problems = release.leaks(dirty)
    assert any("solutions/" in p for p in problems), f"a solutions/ folder went unnoticed: {problems}"
    assert any("leaked.py" in p for p in problems), f"a copied solution went unnoticed: {problems}"
    assert release.leaks(bundle) == [], "the clean bundle should have no leaks"


def test_refuses_to_overwrite_a_students_work(bundle):
    with pytest.raises(release.ReleaseError, match="not empty"):
        release.build(bundle)


def test_pytest_points_at_exercises(bundle):
    text = (bundle / "pyproject.toml").read_text(encoding="utf-8")
    assert "--target=exercises" in text and "solutions" not in text.split("[tool.pytest.ini_options]")[1], \
        "the bundle's pytest must check exercises/, not solutions/"


# ------------------------------------------------------------------ a fresh virtual environment

def _first_exercise():
    for e in catalogue.all_exercises():
        if e.visible_path.exists() and e.solution_path.exists() and not e.slow and e.kind == "code":
            return e
    pytest.fail("no quick code exercise with visible checks to try the bundle on")


def _run(cmd, cwd, env, check=True):
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    if check:
        assert proc.returncode in (0, 1), f"{cmd} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_bundle_in_a_fresh_venv(bundle, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    # Reuse this interpreter's packages (numpy, sympy, pytest, rich) instead of downloading them:
    # a .pth line adds the folder to sys.path without running the .pth files in it, so the
    # kit's own editable install stays out of the new environment.
    site_dir = Path(subprocess.check_output([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                            text=True).strip())
    (site_dir / "zz_nndl_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NNDL_", "PYTHON", "VIRTUAL_ENV"))}
    env["NNDL_LANG"] = "en"
    env["COLUMNS"] = "120"
    pip = [str(py), "-m", "pip", "install", "-q", "--no-deps", "-e", str(bundle)]
    if importlib.util.find_spec("wheel") is not None:
        pip.insert(-2, "--no-build-isolation")  # offline: build with the setuptools at hand
    proc = subprocess.run(pip, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"pip install -e bundle failed:\n{proc.stderr[-2000:]}"

    where = subprocess.run([str(py), "-c", "import grader; print(grader.ROOT)"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert Path(where.stdout.strip()) == bundle.resolve(), \
        f"the venv should use the bundle's grader, not {where.stdout.strip() or where.stderr}"

    ex = _first_exercise()
    nndl = str(venv / "bin" / "nndl")
    out = _run([nndl, "check", ex.id, "--quiet"], bundle, env)
    assert out.returncode == 1 and "not started" in out.stdout and "Next up" in out.stdout, \
        f"`nndl check` on the untouched stub should say not started:\n{out.stdout}\n{out.stderr}"
    out = _run([str(py), "-m", "pytest", "-q", str(ex.visible_path.relative_to(ROOT))], bundle, env)
    assert out.returncode == 1 and "not implemented yet" in out.stdout, \
        f"plain pytest in the bundle should fail with 'not implemented yet':\n{out.stdout[-3000:]}"

    shutil.copy(ex.solution_path, bundle / "exercises" / ex.relpath)
    try:
        out = _run([nndl, "check", ex.id, "--quiet"], bundle, env)
        assert out.returncode == 0 and "passing" in out.stdout, \
            f"`nndl check` should pass with the reference answer copied in:\n{out.stdout}\n{out.stderr}"
        out = _run([str(py), "-m", "pytest", "-q", str(ex.visible_path.relative_to(ROOT))], bundle, env)
        assert out.returncode == 0 and "passed" in out.stdout, \
            f"plain pytest in the bundle should pass with the reference answer:\n{out.stdout[-3000:]}"
        out = _run([nndl, "check", "--quiet"], bundle, env)
        assert f"✓ {ex.id}" in out.stdout, f"the progress view should show {ex.id} passing:\n{out.stdout}"
    finally:
        shutil.copy(ROOT / "exercises" / ex.relpath, bundle / "exercises" / ex.relpath)


# ------------------------------------------------------------------ the kit's commands inside a bundle

def _in_bundle(bundle: Path, *args: str) -> subprocess.CompletedProcess:
    """`nndl ARGS` run from the bundle's own grader/ (python -m grader.cli, cwd = the bundle)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NNDL_", "PYTHONPATH"))}
    env.update(NNDL_LANG="en", COLUMNS="150")
    return subprocess.run([sys.executable, "-m", "grader.cli", *args], cwd=bundle, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture
def own_bundle(tmp_path) -> Path:
    out = tmp_path / "nndl-student"
    release.build(out)
    where = _in_bundle(out, "--version")
    assert where.returncode == 0, where.stderr
    probe = subprocess.run([sys.executable, "-c", "import grader; print(grader.ROOT)"], cwd=out,
                           capture_output=True, text=True)
    assert Path(probe.stdout.strip()) == out.resolve(), f"the bundle's grader should load, not {probe.stdout}"
    return out


def test_train_in_a_bundle_trains_the_students_network(own_bundle, tmp_path):
    args = ("train", "--limit", "400", "--epochs", "2", "--no-progress")
    proc = _in_bundle(own_bundle, *args)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "not written yet" in proc.stderr and "exercises/ch1/network.py" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr

    # The reference answer in the student's file: the same lines as the instructor's `nndl train`.
    shutil.copy(ROOT / "solutions" / "ch1" / "network.py", own_bundle / "exercises" / "ch1" / "network.py")
    mine = _in_bundle(own_bundle, *args)
    theirs = _in_bundle(ROOT, *args)
    assert mine.returncode == 0 and theirs.returncode == 0, mine.stderr + theirs.stderr
    epochs = [ln for ln in mine.stdout.splitlines() if ln.startswith("Epoch ")]
    assert len(epochs) == 2, f"one line per epoch expected:\n{mine.stdout}"
    assert epochs == [ln for ln in theirs.stdout.splitlines() if ln.startswith("Epoch ")], \
        f"the same network and seed should train the same in the bundle:\n{mine.stdout}\n{theirs.stdout}"
    assert "your network" in mine.stdout, "the bundle should say whose network it trains"

    # A book-style network (no matrix step of its own) trains through update_mini_batch.
    shutil.copy(ROOT / "tests" / "kit" / "variants" / "ch1" / "network" / "book_style.py",
                own_bundle / "exercises" / "ch1" / "network.py")
    book = _in_bundle(own_bundle, *args)
    assert book.returncode == 0, book.stderr
    assert len([ln for ln in book.stdout.splitlines() if ln.startswith("Epoch ")]) == 2, book.stdout


@pytest.mark.parametrize("args", [
    ("stubs", "--check"), ("stubs",), ("release", "{tmp}/again"), ("gradescope-bundle", "{tmp}/ag.zip"),
    ("nbgrader", "build", "{tmp}/course"), ("nbgrader", "grade", "{tmp}/course", "ch1"),
    ("grade", "--nbgrader", "{tmp}/course", "ch1"), ("grade", "exercises"),
])
def test_instructor_commands_stop_in_a_bundle(bundle, tmp_path, args):
    args = [a.format(tmp=tmp_path) for a in args]
    before = sorted(p.relative_to(bundle) for p in bundle.rglob("*") if "__pycache__" not in p.parts)
    proc = _in_bundle(bundle, *args)
    assert proc.returncode != 0, f"`nndl {' '.join(args)}` should refuse in a bundle:\n{proc.stdout}"
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    assert "instructor" in proc.stderr or "hidden checks are not installed" in proc.stderr, proc.stderr
    assert not any(tmp_path.iterdir()), f"`nndl {' '.join(args)}` wrote something in a bundle"
    after = sorted(p.relative_to(bundle) for p in bundle.rglob("*") if "__pycache__" not in p.parts)
    assert before == after, "the bundle changed"


def test_force_keeps_the_students_work(tmp_path):
    out = tmp_path / "bundle"
    release.build(out)
    answer = out / "exercises" / _first_exercise().relpath
    answer.write_text(answer.read_text(encoding="utf-8") + "\n# my answer\n", encoding="utf-8")
    (out / ".nndl").mkdir()
    (out / ".nndl" / "hints.json").write_text('{"ch1.perceptron": 2}')
    (out / ".venv" / "bin").mkdir(parents=True)
    (out / ".venv" / "bin" / "python").write_text("#!\n")
    proc = subprocess.run([sys.executable, "-m", "grader.cli", "release", str(out), "--force"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env={**os.environ, "NNDL_LANG": "en"})
    assert proc.returncode == 0, proc.stderr
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("bundle.kept-")]
    assert len(kept) == 1, f"the earlier bundle with work in it should be kept next to it: {list(tmp_path.iterdir())}"
    assert str(kept[0]) in proc.stdout and str(answer.relative_to(out)) in proc.stdout, proc.stdout
    assert "# my answer" in (kept[0] / answer.relative_to(out)).read_text(encoding="utf-8"), "the answer was lost"
    assert (kept[0] / ".nndl" / "hints.json").exists() and (kept[0] / ".venv" / "bin" / "python").exists()
    assert "# my answer" not in answer.read_text(encoding="utf-8"), "the new bundle should hold the stub"
    assert release.student_work(out) == [], "the fresh bundle should match its own manifest"


def test_force_replaces_an_untouched_bundle_without_a_copy(tmp_path):
    out = tmp_path / "bundle"
    release.build(out)
    (out / "grader" / "__pycache__").mkdir(exist_ok=True)
    (out / "grader" / "__pycache__" / "cli.cpython-311.pyc").write_bytes(b"\0")
    (out / "nndl_student.egg-info").mkdir()
    done = release.build(out, force=True)
    assert done.kept is None and done.changed == [], f"nothing of the student's to keep: {done.changed}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"], "an untouched bundle needs no copy"
