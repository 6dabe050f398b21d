"""Every hidden check is shown to reject a named wrong answer.

tests/kit/wrong/chN/name/<slug>.py holds overriding definitions appended to the
reference solution; CAUGHT_BY lists the checks that must fail on it.

A wrong answer that breaks a requirement written in the exercise's statement
says so with ``BREAKS_STATEMENT = "<the requirement, in the statement's words>"``;
then a *visible* check must reject it too, so that self-check and grading agree.

An exercise that takes data files besides its module (the catalogue's ``files``,
e.g. ch3.final_classifier's trained model) gets the reference's files, unless the
wrong answer says otherwise with ``MODEL``: "missing" (no file), "pickle" (a
pickled dict), "npz_object" (an .npz of object arrays) or "own" (the wrong code's
own model, trained here on the full training set; skipped without it).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from grader import ROOT, catalogue, runner

from .conftest import make_submission

WRONG = ROOT / "tests" / "kit" / "wrong"


def wrong_files():
    out = []
    for ex in catalogue.all_exercises():
        for path in sorted(ex.wrong_dir.glob("*.py")):
            marks = [pytest.mark.slow] if ex.slow else []
            out.append(pytest.param(ex, path, id=f"{ex.id}:{path.stem}", marks=marks))
    return out


def _constant(path: Path, name: str, default):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == name for t in node.targets):
            return ast.literal_eval(node.value)
    return default


def caught_by(path: Path) -> list[str]:
    return list(_constant(path, "CAUGHT_BY", []))


def breaks_statement(path: Path) -> str:
    return str(_constant(path, "BREAKS_STATEMENT", ""))


def _own_model(source: str, rel: str) -> bytes:
    """Train the wrong answer (our own test data, trusted) on the full training set; its saved model."""
    import io
    import random
    import types

    import numpy as np

    from grader import data
    split = data.load()
    if not split.is_full:
        pytest.skip("needs the full MNIST set (set NNDL_DATA to the four official files)")
    mod = types.ModuleType("nndl_wrong_own")
    exec(compile(source, rel, "exec"), mod.__dict__)
    random.seed(0)
    np.random.seed(0)
    model = mod.train(split.training, split.validation, epochs=60)
    buffer = io.BytesIO()
    mod.save_model(model, buffer)
    return buffer.getvalue()


def data_files(ex, path: Path, source: str) -> dict[str, bytes]:
    """The data files (e.g. a trained model) handed in with a wrong answer; see the module text."""
    import io
    import pickle

    import numpy as np
    recipe = _constant(path, "MODEL", "reference")
    out = {}
    for rel in ex.files:
        reference = ROOT / "solutions" / rel
        if recipe == "reference":
            out[rel] = reference.read_bytes()
        elif recipe in ("pickle", "npz_object"):
            with np.load(reference, allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
            if recipe == "pickle":
                out[rel] = pickle.dumps(arrays)
            else:
                buffer = io.BytesIO()
                np.savez(buffer, **{k: np.array([v, None], dtype=object)[:1] if k.startswith("w") else v
                                    for k, v in arrays.items()})
                out[rel] = buffer.getvalue()
        elif recipe == "own":
            out[rel] = _own_model(source, ex.relpath)
        elif recipe != "missing":
            raise AssertionError(f"{path.name}: unknown MODEL {recipe!r}")
    return out


@pytest.mark.parametrize("ex,path", wrong_files())
def test_wrong_answer_is_rejected(ex, path, batch_dir, shared_worker):
    expected = caught_by(path)
    assert expected, f"{path.relative_to(ROOT)} has no CAUGHT_BY list"
    assert ast.get_docstring(ast.parse(path.read_text())), f"{path.name}: say what is wrong in a docstring"
    source = ex.solution_path.read_text(encoding="utf-8") + "\n\n# --- wrong answer ---\n" + path.read_text()
    sub = f"{ex.chapter_dir}_{ex.name}_{path.stem}"
    make_submission(batch_dir / sub, {ex.relpath: source})
    files = data_files(ex, path, source)
    for rel, raw in files.items():
        (batch_dir / sub / rel).write_bytes(raw)
    [result] = runner.grade(batch_dir / sub, [ex], worker=shared_worker, subdir=sub)
    outcomes = {c.name: c for c in result.checks}
    for name in expected:
        assert name in outcomes, f"{path.name}: CAUGHT_BY names {name}, which is not a check of {ex.id}"
        assert not outcomes[name].passed, f"{path.name} should fail {name} but passed it"
        assert outcomes[name].message, f"{name} failed {path.name} without a message"
    assert result.score < ex.points, f"{path.name} got full marks"
    if breaks_statement(path):
        visible = [c.name for c in result.checks if not c.hidden and not c.passed]
        assert visible, (f"{path.name} breaks a requirement of the statement ({breaks_statement(path)!r}) "
                         "but every visible check passes it: self-check would say it is right")
    if files:  # the handed-in files were found: nothing reads as "not implemented yet"
        unread = [c.name for c in result.checks if c.outcome == "not_implemented"]
        assert not unread, f"{path.name}: {unread} did not find the handed-in files"


@pytest.mark.parametrize("ex", catalogue.all_exercises(), ids=lambda e: e.id)
def test_every_hidden_check_rejects_some_wrong_answer(ex):
    hidden = [c.name for c in runner.collect(ex) if c.hidden]
    covered = {name for path in ex.wrong_dir.glob("*.py") for name in caught_by(path)}
    missing = [h for h in hidden if h not in covered]
    assert not missing, (f"{ex.id}: hidden checks with no wrong answer to reject: {missing}; "
                         f"add one under {ex.wrong_dir.relative_to(ROOT)}")
