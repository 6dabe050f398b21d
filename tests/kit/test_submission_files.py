"""Checks read handed-in data files (e.g. a trained model) as bytes, safely; and the model file's reader."""
from __future__ import annotations

import io
import os
import pickle

import numpy as np
import pytest

from grader import final_model
from grader.final_model import ModelError
from grader.submission import read_submission_file
from grader.wire import StudentError


def test_reads_a_regular_file_and_says_none_when_missing(tmp_path):
    (tmp_path / "ch3").mkdir()
    (tmp_path / "ch3" / "m.npz").write_bytes(b"abc")
    assert read_submission_file(tmp_path, "ch3/m.npz") == b"abc"
    assert read_submission_file(tmp_path, "ch3/other.npz") is None
    assert read_submission_file(tmp_path, "ch9/m.npz") is None


def test_never_follows_a_link_and_bounds_the_size(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the instructor's file")
    sub = tmp_path / "sub"
    (sub / "ch3").mkdir(parents=True)
    os.symlink(secret, sub / "ch3" / "m.npz")
    with pytest.raises(StudentError, match="symbolic link"):
        read_submission_file(sub, "ch3/m.npz")
    os.symlink(tmp_path, sub / "ch1")
    with pytest.raises(StudentError, match="link or not a folder"):
        read_submission_file(sub, "ch1/secret.txt")
    os.mkfifo(sub / "ch3" / "fifo")
    with pytest.raises(StudentError, match="not a plain file"):
        read_submission_file(sub, "ch3/fifo")
    (sub / "ch3" / "big.npz").write_bytes(b"x" * 2000)
    with pytest.raises(StudentError, match="more than"):
        read_submission_file(sub, "ch3/big.npz", max_bytes=1000)
    for bad in ("../secret.txt", "/etc/passwd", "ch3/../../secret.txt"):
        with pytest.raises(ValueError):
            read_submission_file(sub, bad)


def _model_bytes(**override):
    rng = np.random.default_rng(0)
    arrays = {"sizes": np.array([784, 5, 10]), "w0": rng.normal(size=(5, 784)), "w1": rng.normal(size=(10, 5)),
              "b0": rng.normal(size=(5, 1)), "b1": rng.normal(size=(10, 1)),
              "activation": np.array("tanh"), "output": np.array("softmax")}
    arrays.update(override)
    arrays = {k: v for k, v in arrays.items() if v is not None}
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def test_a_good_model_file_is_read_and_evaluated():
    model = final_model.from_bytes(_model_bytes())
    assert model.sizes == (784, 5, 10) and model.activation == "tanh" and model.output == "softmax"
    assert final_model.parameter_count(model) == 5 * 784 + 5 + 10 * 5 + 10
    X = np.random.default_rng(1).random((7, 784))
    assert final_model.predict(model, X).shape == (7,)


@pytest.mark.parametrize("override,words", [
    ({"w0": np.zeros((5, 783))}, "shape"),
    ({"w1": np.full((10, 5), np.nan)}, "NaN"),
    ({"b0": np.array(["a"] * 5)}, "numbers"),
    ({"activation": np.array("swish")}, "one of"),
    ({"sizes": np.array([784, 5, 9])}, "end with 10"),
    ({"w1": None}, "lacks w1"),
    ({"extra": np.zeros(3)}, "only sizes"),
])
def test_a_bad_model_file_gets_a_plain_message(override, words):
    with pytest.raises(ModelError, match=words):
        final_model.from_bytes(_model_bytes(**override))


def test_pickles_and_object_arrays_are_refused_unopened():
    with pytest.raises(ModelError, match="pickle"):
        final_model.from_bytes(pickle.dumps({"sizes": [784, 10]}))
    buffer = io.BytesIO()
    np.savez(buffer, sizes=np.array([784, 10]), w0=np.array([None], dtype=object))
    with pytest.raises(ModelError, match="pickle"):
        final_model.from_bytes(buffer.getvalue())
    with pytest.raises(ModelError, match="not an .npz"):
        final_model.from_bytes(b"import os; os.system('x')")


def test_the_stated_scale():
    assert [final_model.score_fraction(p) for p in (98.3, 98.0, 97.9, 97.2, 96.5, 96.39, 90)] == \
        [1.0, 1.0, 0.8, 0.6, 0.2, 0.0, 0.0]


def test_nbgrader_submission_carries_the_model_file_next_to_the_notebook(tmp_path):
    import json

    from grader import catalogue
    from grader.nbgrader_course import answer_id
    from grader.nbgrader_grade import write_submission
    ex = catalogue.get("ch3.final_classifier")
    nb_dir = tmp_path / "submitted" / "ann" / "ch3"
    nb_dir.mkdir(parents=True)
    cell = {"cell_type": "code", "source": "def train(*a):\n    pass\n",
            "metadata": {"nbgrader": {"grade_id": answer_id(ex)}}}
    (nb_dir / "final_classifier.ipynb").write_text(json.dumps({"cells": [cell]}))
    (nb_dir / "final_model.npz").write_bytes(_model_bytes())
    folder = tmp_path / "graded"
    assert write_submission(folder, nb_dir, [ex]) == []
    assert (folder / "ch3" / "final_model.npz").read_bytes() == _model_bytes()
    # a link is not followed: the copy has no model, and the problem is named
    (nb_dir / "final_model.npz").unlink()
    os.symlink(tmp_path / "elsewhere.npz", nb_dir / "final_model.npz")
    problems = write_submission(tmp_path / "graded2", nb_dir, [ex])
    assert problems and "symbolic link" in problems[0]
    assert not (tmp_path / "graded2" / "ch3" / "final_model.npz").exists()


def test_a_notebook_check_reads_the_model_next_to_the_notebook(tmp_path, monkeypatch):
    from grader.submission import LocalSubmission

    class Answers:
        pass
    (tmp_path / "final_model.npz").write_bytes(b"PK123")
    monkeypatch.chdir(tmp_path)
    sub = LocalSubmission(Answers(), label="cell", root=os.getcwd(), flat=True)
    assert sub.read_file("ch3/final_model.npz") == b"PK123"
