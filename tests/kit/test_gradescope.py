"""The Gradescope bundle: unpack it and run run_autograder on a sample submission."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest

from grader import ROOT, catalogue, gradescope

PERCEPTRON = catalogue.get("ch1.perceptron")
HALF_ADDER = catalogue.get("ch1.half_adder")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    out = tmp_path_factory.mktemp("gs") / "autograder.zip"
    proc = subprocess.run([sys.executable, "-m", "grader.cli", "gradescope-bundle", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"gradescope-bundle failed: {proc.stderr[-2000:]}"
    return out


def test_bundle_holds_the_grader_but_no_answers(bundle):
    names = zipfile.ZipFile(bundle).namelist()
    for need in ("setup.sh", "run_autograder", "pyproject.toml", "grader/runner.py",
                 "grader/worker.py", PERCEPTRON.hidden_path.relative_to(ROOT).as_posix(),
                 PERCEPTRON.visible_path.relative_to(ROOT).as_posix()):
        assert need in names, f"{need} is missing from the bundle"
    leaked = [n for n in names if n.startswith(("solutions/", "tests/kit/", "exercises/")) or "__pycache__" in n]
    assert not leaked, f"the bundle holds files it must not: {leaked[:5]}"


def test_run_autograder_grades_a_sample_submission(bundle, tmp_path):
    source = gradescope.extract(bundle, tmp_path / "source")
    assert os.access(source / "run_autograder", os.X_OK), "run_autograder is not executable"
    which = subprocess.run([sys.executable, "-c", "import grader; print(grader.__file__)"], cwd=source,
                           capture_output=True, text=True, timeout=60)
    assert str(source) in which.stdout, f"the bundle's own grader is not the one run: {which.stdout}"
    sub = tmp_path / "submission"  # loose files, as students upload them
    sub.mkdir()
    (sub / "perceptron.py").write_text(PERCEPTRON.solution_path.read_text(encoding="utf-8"))
    (sub / "half_adder.py").write_text(HALF_ADDER.stub_path.read_text(encoding="utf-8"))
    results = tmp_path / "results" / "results.json"
    env = dict(os.environ, NNDL_AUTOGRADER_SOURCE=str(source), NNDL_AUTOGRADER_SUBMISSION=str(sub),
               NNDL_AUTOGRADER_RESULTS=str(results), NNDL_AUTOGRADER_PYTHON=sys.executable,
               NNDL_AUTOGRADER_ONLY="ch1")
    proc = subprocess.run(["bash", str(source / "run_autograder")], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, f"run_autograder failed: {proc.stdout[-1500:]} {proc.stderr[-1500:]}"
    data = json.loads(results.read_text(encoding="utf-8"))
    tests = {t["name"].split(":")[0]: t for t in data["tests"]}
    ch1 = [e for e in catalogue.all_exercises() if e.chapter == 1]
    assert set(tests) == {e.id for e in ch1}, f"results.json tests: {sorted(tests)}"
    assert tests[PERCEPTRON.id]["score"] == PERCEPTRON.points, f"perceptron: {tests[PERCEPTRON.id]}"
    assert tests[HALF_ADDER.id]["score"] == 0 and "not implemented" in tests[HALF_ADDER.id]["output"], \
        f"the stub half_adder: {tests[HALF_ADDER.id]}"
    assert data["score"] == PERCEPTRON.points, f"total {data['score']}"
    assert all(t["max_score"] == {e.id: e.points for e in ch1}[n] for n, t in tests.items()), "max_score"


def test_bundle_carries_the_sample_digits_and_points_the_grader_at_them(bundle, tmp_path, monkeypatch):
    # Installed non-editable, the kit's data/ folder is not next to the grader: without
    # the sample in the zip, every training check failed with DataError (the student's loss).
    from grader import data
    names = zipfile.ZipFile(bundle).namelist()
    assert "data/mnist_sample.npz" in names, "the bundle has no MNIST digits for the training checks"
    script = zipfile.ZipFile(bundle).read("run_autograder").decode()
    assert "data/mnist_sample.npz" in script and "NNDL_DATA" in script, "run_autograder does not set NNDL_DATA"
    source = gradescope.extract(bundle, tmp_path / "source")
    monkeypatch.setenv("NNDL_DATA", str(source / "data" / "mnist_sample.npz"))
    kind, location, how = data.resolve()
    assert kind == "sample" and location == source / "data" / "mnist_sample.npz", (kind, location, how)
    assert len(data.load().train_labels) > 1000, "the sample should hold thousands of real digits"


def test_setup_sh_suits_ubuntu_22_04_and_24_04(bundle):
    # 22.04: python3 is 3.10 (the kit supports it); 24.04: the system Python is externally
    # managed (PEP 668), so the kit must go into a venv, never into the system's site-packages.
    # tests/kit/test_gradescope_image.py runs this script for real in a fresh Debian root.
    script = zipfile.ZipFile(bundle).read("setup.sh").decode()
    assert subprocess.run(["bash", "-n"], input=script, text=True).returncode == 0, "setup.sh is not valid bash"
    assert "python3 -m venv /autograder/venv" in script and "python3-venv" in script, "setup.sh must use a venv"
    pip_lines = [line for line in script.splitlines() if "pip install" in line]
    assert pip_lines and all(line.lstrip().startswith("/autograder/venv/bin/") for line in pip_lines), \
        f"pip must only install into /autograder/venv: {pip_lines}"
    assert "--break-system-packages" not in script
    assert "(3, 10)" in script, "setup.sh should refuse a python3 older than the kit supports, plainly"
    requires = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.10"' in requires, "setup.sh's version floor and pyproject.toml disagree"


def test_a_flat_upload_keeps_the_model_file_a_link_does_not(tmp_path):
    from grader.gradescope import normalise_submission
    up = tmp_path / "upload"
    up.mkdir()
    (up / "final_classifier.py").write_text("def train(*a, **k):\n    return None\n")
    (up / "final_model.npz").write_bytes(b"PK model")
    (tmp_path / "secret").write_text("instructor")
    os.symlink(tmp_path / "secret", up / "network.py")
    root, refused = normalise_submission(up, tmp_path / "norm")
    assert (root / "ch3" / "final_model.npz").read_bytes() == b"PK model"
    assert (root / "ch3" / "final_classifier.py").exists() and not (root / "ch1" / "network.py").exists()
    assert any("link" in why for why in refused.values()), refused
