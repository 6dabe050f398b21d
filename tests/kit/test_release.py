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
