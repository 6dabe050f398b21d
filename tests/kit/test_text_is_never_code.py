"""A string where a sympy expression belongs is refused, never evaluated by the grader.

sympy turns text into code with eval (sympify, and every sympy function that
sympifies its arguments); the grader switches that off while it grades.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from grader import catalogue, runner

from .conftest import make_submission

SYMBOLIC = [e for e in catalogue.all_exercises() if e.kind == "symbolic"]


@pytest.mark.parametrize("ex", SYMBOLIC[:6], ids=lambda e: e.id)
def test_text_answers_do_not_run_in_the_grader(ex, tmp_path):
    marker = tmp_path / "grader_ran_student_text"
    payload = f"__import__('pathlib').Path({str(marker)!r}).write_text('x')"
    overrides = "\n".join(
        f"\ndef {name}(*args, **kwargs):\n    return {payload!r}\n" for name in ex.names)
    source = ex.solution_path.read_text() + "\n\n# --- every answer is text ---\n" + overrides
    root = make_submission(tmp_path / "sub", {ex.relpath: source})
    [result] = runner.grade(root, [ex], isolation="subprocess")
    assert not marker.exists(), f"{ex.id}: the grader evaluated a student's text as code"
    assert result.score < ex.points, f"{ex.id}: text answers earned full marks"


def test_there_are_symbolic_exercises_to_attack():
    assert len(SYMBOLIC) >= 3, "expected several symbolic exercises in the catalogue"
