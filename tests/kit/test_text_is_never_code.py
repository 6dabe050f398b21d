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


def test_safe_parser_reads_formulas_and_never_runs_code(tmp_path):
    import sympy

    from grader.wire import BadAnswer, safe_parse_expr
    a = sympy.Symbol("a")
    got = safe_parse_expr("a*(1 - a) + exp(-a)^2")
    assert sympy.simplify(got - (a * (1 - a) + sympy.exp(-2 * a))) == 0, f"plain formulas should parse, got {got}"
    marker = tmp_path / "ran"
    for code in (f"__import__('pathlib').Path({str(marker)!r}).touch()", "a.__class__", "(lambda: 1)()",
                 "[x for x in ()]", f"open({str(marker)!r}, 'w')", "_private"):
        try:
            out = safe_parse_expr(code)
        except BadAnswer:
            continue
        assert isinstance(out, sympy.Basic), f"{code!r} gave {out!r}, not a sympy expression"
    assert not marker.exists(), "the safe parser ran code"
