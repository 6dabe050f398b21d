"""The layout contract of docs/authoring.md, checked for every exercise."""
from __future__ import annotations

import ast

import pytest

from grader import ROOT, catalogue, runner, stubs

EXERCISES = catalogue.all_exercises()


def test_catalogue_loads_and_has_exercises():
    assert len(EXERCISES) >= 1, "the catalogue is empty"


def test_exercises_match_solutions():
    problems = stubs.drift()
    assert not problems, "exercises/ drifted from solutions/ (run `nndl stubs`): " + "; ".join(problems)


@pytest.mark.parametrize("ex", EXERCISES, ids=lambda e: e.id)
def test_every_file_of_the_exercise_exists(ex):
    for path in (ex.solution_path, ex.stub_path, ex.visible_path, ex.hidden_path):
        assert path.exists(), f"{ex.id}: {path.relative_to(ROOT)} is missing"


@pytest.mark.parametrize("ex", EXERCISES, ids=lambda e: e.id)
def test_checks_count(ex):
    checks = runner.collect(ex)
    visible = [c for c in checks if not c.hidden]
    hidden = [c for c in checks if c.hidden]
    assert len(visible) >= 1, f"{ex.id} needs at least one visible check"
    assert len(hidden) >= 2, f"{ex.id} needs at least two hidden checks"


@pytest.mark.parametrize("ex", EXERCISES, ids=lambda e: e.id)
def test_bilingual_text(ex):
    assert ex.title_en and ex.title_zh, f"{ex.id}: title in both languages"
    assert ex.summary_en and ex.summary_zh, f"{ex.id}: summary in both languages"
    assert ex.hints and ex.hints_zh, f"{ex.id}: hints in both languages"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in ex.title_zh), f"{ex.id}: the zh title has no Chinese"


@pytest.mark.parametrize("ex", EXERCISES, ids=lambda e: e.id)
def test_names_are_defined_in_the_stub(ex):
    tree = ast.parse(ex.stub_path.read_text(encoding="utf-8"))
    defined = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    defined |= {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets
                if isinstance(t, ast.Name)}
    missing = [n for n in ex.names if n not in defined]
    assert not missing, f"{ex.id}: the catalogue names {missing}, which the stub does not define"


def _check_files():
    files = sorted((ROOT / "tests").glob("ch*/test_*.py")) + sorted(catalogue.HIDDEN_DIR.glob("ch*/test_*.py"))
    return [pytest.param(p, id=str(p.relative_to(ROOT))) for p in files]


@pytest.mark.parametrize("path", _check_files())
def test_every_assert_has_a_message(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bare = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Assert) and n.msg is None]
    assert not bare, f"{path.name}: assert without a message on line(s) {bare}"


@pytest.mark.parametrize("path", _check_files())
def test_checks_never_import_answers(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        for n in names:
            top = n.split(".")[0]
            assert top not in ("solutions", "exercises", "ch1", "ch2", "ch3"), \
                f"{path.name} imports {n}: checks reach the student's code only through `ex`"


@pytest.mark.parametrize("path", _check_files())
def test_check_file_mirrors_an_exercise(path):
    ids = {e.id for e in EXERCISES}
    ex_id = f"{path.parent.name}.{path.stem[len('test_'):]}"
    assert ex_id in ids, f"{path.relative_to(ROOT)} checks {ex_id}, which is not in the catalogue"
