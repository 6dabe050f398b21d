"""`nndl final train` / `nndl final status` and `nndl check` on the final classifier (bundled sample digits)."""
from __future__ import annotations

import pytest

from grader import ROOT
from grader.cli import main

FAKE = '''
import numpy as np


def train(training_data, validation_data, epochs=60, on_epoch=None):
    rng = np.random.default_rng(0)
    model = {"sizes": [784, 10], "weights": [rng.normal(0, 0.01, (10, 784))], "biases": [np.zeros((10, 1))],
             "activation": "sigmoid", "output": "softmax"}
    for epoch in range(min(epochs, 2)):
        on_epoch(epoch, model)
    return model


def save_model(model, path):
    np.savez(path, sizes=np.array(model["sizes"]), w0=model["weights"][0], b0=model["biases"][0],
             activation=np.array(model["activation"]), output=np.array(model["output"]))
'''


@pytest.fixture
def sample_digits(monkeypatch):
    monkeypatch.setenv("NNDL_DATA", str(ROOT / "data" / "mnist_sample.npz"))


def test_final_train_prints_epochs_saves_the_model_and_reports_it(tmp_path, capsys, sample_digits):
    (tmp_path / "ch3").mkdir()
    (tmp_path / "ch3" / "final_classifier.py").write_text(FAKE)
    assert main(["final", "status", "--path", str(tmp_path)]) == 0
    assert "missing" in capsys.readouterr().out
    assert main(["final", "train", "--path", str(tmp_path), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "Epoch 0: " in out and "Epoch 1: " in out and "/ 500" in out
    assert (tmp_path / "ch3" / "final_model.npz").is_file()
    assert "784-10, sigmoid hidden, softmax output" in out and "test digits of the bundled sample" in out
    (tmp_path / "ch3" / "final_model.npz").write_bytes(b"\x80\x04 not a model")
    assert main(["final", "status", "--path", str(tmp_path)]) == 0
    assert "pickle" in capsys.readouterr().out


def test_final_train_on_an_unfinished_stub_says_so(tmp_path, capsys, sample_digits):
    (tmp_path / "ch3").mkdir()
    (tmp_path / "ch3" / "final_classifier.py").write_text(
        (ROOT / "exercises" / "ch3" / "final_classifier.py").read_text())
    assert main(["final", "train", "--path", str(tmp_path), "--no-progress"]) == 1
    assert "not implemented yet" in capsys.readouterr().err
    assert not (tmp_path / "ch3" / "final_model.npz").exists()
