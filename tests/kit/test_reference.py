"""The reference answers get full marks; the untouched stubs get zero, with a plain message."""
from __future__ import annotations

import pytest

from grader import ROOT, catalogue, runner


@pytest.fixture(scope="module")
def reference_results():
    return {r.id: r for r in runner.grade(ROOT / "solutions", catalogue.all_exercises(),
                                          isolation="subprocess")}


@pytest.fixture(scope="module")
def stub_results():
    return {r.id: r for r in runner.grade(ROOT / "exercises", catalogue.all_exercises(),
                                          isolation="subprocess")}


@pytest.mark.parametrize("ex", catalogue.all_exercises(), ids=lambda e: e.id)
def test_solution_gets_full_marks(ex, reference_results):
    r = reference_results[ex.id]
    failed = [(c.name, c.outcome, c.message) for c in r.checks if not c.passed]
    assert r.status == "passed" and r.score == ex.points, f"{ex.id}: {failed}"


@pytest.mark.parametrize("ex", catalogue.all_exercises(), ids=lambda e: e.id)
def test_stub_gets_zero_and_says_not_implemented(ex, stub_results):
    r = stub_results[ex.id]
    assert r.score == 0, f"{ex.id}: the untouched stub earned {r.score} points"
    assert r.status == "not started", f"{ex.id}: status {r.status!r}: {r.message}"
    for c in r.checks:
        assert c.outcome == "not_implemented", f"{ex.id}.{c.name}: {c.outcome}: {c.message}"
        assert "not implemented yet" in c.message and "Traceback" not in c.message, c.message
