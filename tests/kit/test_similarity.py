"""Similarity report: a planted copy is found; honest independent answers are not flagged."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from grader import ROOT, catalogue

pytest.importorskip("copydetect", reason="copydetect is not installed (pip install 'nndl-kit[similarity]')")

from grader import similarity  # noqa: E402

from .conftest import make_submission  # noqa: E402

VARIANTS = ROOT / "tests/kit/variants"


def with_variants() -> list:
    """(exercise, another correct style) for the code exercises that have one.

    Proofs are left out: in the notation a statement fixes, two correct chains of
    a few lines are near-copies of each other by necessity, which is why the
    report is for the instructor to judge and never a penalty.
    """
    out = []
    for e in catalogue.select(None, include_slow=True):
        if e.kind == "symbolic" or e.id.startswith("ch2.prove_"):
            continue
        chapter, name = e.relpath[:-3].split("/")
        found = sorted((VARIANTS / chapter / name).glob("*.py"))
        if found:
            out.append((e, found[0]))
    return out


EXS = with_variants()


def disguise(text: str) -> str:
    """What a copier does: other names, other comments, other spacing; the same code."""
    text = re.sub(r"#[^\n]*", "# my own work", text)
    for old, new in (("nabla_b", "grad_biases"), ("nabla_w", "grad_weights"), ("activation", "act"),
                     ("result", "out"), ("x", "inp")):
        text = re.sub(rf"\b{old}\b", new, text)
    return text.replace("\n\n\n", "\n\n\n# ---\n")


@pytest.fixture(scope="module")
def klass(tmp_path_factory):
    base = tmp_path_factory.mktemp("similarity")
    folder = base / "class"
    ref = {e.relpath: e.solution_path.read_text(encoding="utf-8") for e, _ in EXS}
    var = {e.relpath: v.read_text(encoding="utf-8") for e, v in EXS}
    stub = {e.relpath: e.stub_path.read_text(encoding="utf-8") for e, _ in EXS}
    make_submission(folder / "alice", ref)                                     # one correct style
    make_submission(folder / "bob", var)                                       # another, independent
    make_submission(folder / "carol", stub)                                    # not started
    copied = dict(stub)
    planted = EXS[0][0]
    copied[planted.relpath] = disguise(ref[planted.relpath])                   # copies alice's one exercise
    make_submission(folder / "mallory", copied)
    return folder, planted


def test_there_are_honest_pairs_to_compare():
    assert len(EXS) >= 5, f"only {len(EXS)} exercises have other correct styles in {VARIANTS}"


def test_the_planted_copy_is_found_and_honest_answers_are_not(klass, tmp_path):
    folder, planted = klass
    done = similarity.write_report(folder, tmp_path, [e for e, _ in EXS])
    pairs = done["pairs"]
    flagged = {(p.exercise, p.a, p.b) for ps in pairs.values() for p in ps if p.flagged}
    assert (planted.id, "alice", "mallory") in flagged, \
        f"the disguised copy of {planted.id} was not flagged: {[p.to_dict() for p in pairs[planted.id]]}"
    honest = {f for f in flagged if {"alice", "bob"} == set(f[1:])}
    assert not honest, f"independent correct answers flagged as copies: {honest}"
    assert flagged == {(planted.id, "alice", "mallory")}, f"unexpected flags: {flagged}"
    assert not any("carol" in (p.a, p.b) for ps in pairs.values() for p in ps), \
        "an untouched stub (the text everyone starts from) must not count as similar"
    page = done["html"].read_text(encoding="utf-8")
    assert "<mark>" in page and "mallory" in page and "near-copy?" in page
    data = json.loads(done["json"].read_text())
    assert any(p["flagged"] for p in data[planted.id])


def test_the_cli(klass, tmp_path):
    folder, planted = klass
    proc = subprocess.run([sys.executable, "-m", "grader.cli", "similarity", str(folder), "--out", str(tmp_path),
                           "--only", ",".join(e.id for e, _ in EXS)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "alice" in proc.stdout and "mallory" in proc.stdout and planted.id in proc.stdout
    assert "no grade" in proc.stdout.lower() or "never" in proc.stdout.lower()
    assert (Path(tmp_path) / "similarity.html").exists()
