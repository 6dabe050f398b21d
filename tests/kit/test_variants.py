"""Other right answers get full marks too (a loop instead of matrices, another valid choice...).

tests/kit/variants/chN/name/<slug>.py holds definitions appended to the reference
solution (a whole module works too), the same way as tests/kit/wrong/.
"""
from __future__ import annotations

import ast

import pytest

from grader import ROOT, catalogue, runner

from .conftest import make_submission

VARIANTS = ROOT / "tests" / "kit" / "variants"


def variant_files():
    out = []
    for ex in catalogue.all_exercises():
        for path in sorted((VARIANTS / ex.chapter_dir / ex.name).glob("*.py")):
            marks = [pytest.mark.slow] if ex.slow else []
            out.append(pytest.param(ex, path, id=f"{ex.id}:{path.stem}", marks=marks))
    return out


@pytest.mark.parametrize("ex,path", variant_files())
def test_variant_gets_full_marks(ex, path, batch_dir, shared_worker):
    assert ast.get_docstring(ast.parse(path.read_text())), f"{path.name}: say what the variant does"
    source = ex.solution_path.read_text(encoding="utf-8") + "\n\n# --- variant ---\n" + path.read_text()
    sub = f"variant_{ex.chapter_dir}_{ex.name}_{path.stem}"
    make_submission(batch_dir / sub, {ex.relpath: source})
    for rel in ex.files:  # data files handed in with the module: the reference's (same network)
        (batch_dir / sub / rel).write_bytes((ROOT / "solutions" / rel).read_bytes())
    [result] = runner.grade(batch_dir / sub, [ex], worker=shared_worker, subdir=sub)
    failed = [(c.name, c.message) for c in result.checks if not c.passed]
    assert result.score == ex.points, f"{path.name} lost points: {failed}"
