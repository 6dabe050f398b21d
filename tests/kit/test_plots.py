"""grader.plots: render each figure and look at its pixels, not just at the file."""
from __future__ import annotations

import json

import numpy as np
import pytest

import matplotlib.image as mpimg  # the [test] extra installs matplotlib
from matplotlib.colors import to_rgb

from grader import plots
from grader.cli import main


def _read(path):
    img = mpimg.imread(path)
    return img[..., :3]


def _colour_mask(img, colour, tol=0.08):
    return np.all(np.abs(img - np.array(to_rgb(colour))) < tol, axis=-1)


def test_step_vs_sigmoid(tmp_path):
    img = _read(plots.step_vs_sigmoid(tmp_path / "s.png"))
    assert img.shape[:2] == (400, 600), f"6x4 inches at 100 dpi should be 600x400 pixels, got {img.shape}"
    assert img.std() > 0.05, "the figure looks blank"
    red = _colour_mask(img, plots.SIGMOID_COLOUR)
    blue = _colour_mask(img, plots.STEP_COLOUR)
    assert red.sum() > 500, f"the sigmoid's colour is (almost) absent: {red.sum()} pixels"
    assert blue.sum() > 500, f"the step's colour is (almost) absent: {blue.sum()} pixels"
    # The sigmoid rises: low (large row index) on the left, high on the right.
    rows, cols = np.nonzero(red)
    left, right = cols < np.percentile(cols, 10), cols > np.percentile(cols, 90)
    assert rows[left].mean() > rows[right].mean() + 100, "the sigmoid curve should rise from left to right"
    # The step jumps: one column holds a tall run of the step's colour.
    assert blue.sum(axis=0).max() > 150, "the step function's vertical jump is missing"


def _history():
    return {"training_accuracy": [0.80, 0.90, 0.93, 0.95], "evaluation_accuracy": [9000, 9300, 9400, 9450],
            "n_evaluation": 10000, "training_cost": [0.6, 0.4, 0.3, 0.25],
            "evaluation_cost": [0.65, 0.45, 0.38, 0.36]}


def test_training_curves_two_panels(tmp_path):
    img = _read(plots.training_curves(_history(), tmp_path / "c.png"))
    assert img.shape[:2] == (400, 1100), f"two panels should make an 1100x400 image, got {img.shape}"
    train = _colour_mask(img, plots.TRAIN_COLOUR)
    evaluation = _colour_mask(img, plots.EVAL_COLOUR)
    for mask, what in ((train, "training"), (evaluation, "evaluation")):
        half = img.shape[1] // 2
        assert mask[:, :half].sum() > 200 and mask[:, half:].sum() > 200, \
            f"the {what} curve should appear in both the accuracy and the cost panel"


def test_training_curves_only_what_was_monitored(tmp_path):
    img = _read(plots.training_curves({"evaluation_accuracy": [0.9, 0.95, 0.96]}, tmp_path / "a.png"))
    assert img.shape[:2] == (400, 550), f"one panel should make a 550x400 image, got {img.shape}"
    assert _colour_mask(img, plots.EVAL_COLOUR).sum() > 200, "the evaluation curve is missing"
    assert _colour_mask(img, plots.TRAIN_COLOUR).sum() < 20, "no training data was given, so no training curve"
    with pytest.raises(plots.PlotError):
        plots.training_curves({}, tmp_path / "none.png")


def test_history_files(tmp_path):
    (tmp_path / "h.json").write_text(json.dumps(_history()))
    assert plots.read_history(tmp_path / "h.json")["n_evaluation"] == 10000, "JSON history not read back"
    (tmp_path / "l.json").write_text(json.dumps([[0.5, 0.4], [90, 95], [0.6, 0.3], [80, 91]]))
    assert plots.read_history(tmp_path / "l.json")["training_accuracy"] == [80, 91], \
        "network2's [eval_cost, eval_acc, train_cost, train_acc] list should map to the four series"
    (tmp_path / "h.csv").write_text("epoch,training_cost,evaluation_cost\n1,0.5,0.6\n2,0.3,0.4\n")
    hist = plots.read_history(tmp_path / "h.csv")
    assert hist["training_cost"] == [0.5, 0.3] and hist["epoch"] == [1.0, 2.0], f"CSV read wrongly: {hist}"


def _digits(n=40, seed=0):
    """Synthetic 'digits': a dark bar in a random column of each 28x28 image."""
    rng = np.random.default_rng(seed)
    images = np.zeros((n, 28, 28))
    for k in range(n):
        c = rng.integers(8, 20)
        images[k, 6:22, c:c + 3] = 1.0
    labels = rng.integers(0, 10, n)
    return images.reshape(n, 784), labels


def test_gallery_grid(tmp_path):
    images, labels = _digits()
    pred = labels.copy()
    wrong = [1, 4, 5, 9, 13, 20, 33]
    pred[wrong] = (pred[wrong] + 1) % 10
    path, shown = plots.misclassified_gallery(images, labels, pred, tmp_path / "g.png", cols=4)
    assert shown == len(wrong), f"{len(wrong)} digits are misclassified, the gallery shows {shown}"
    img = _read(path)
    rows, cols = plots.gallery_shape(len(wrong), 4)
    assert (rows, cols) == (2, 4), f"7 digits in rows of 4 make a 2x4 grid, not {(rows, cols)}"
    cell = int(plots.CELL_INCHES * plots.DPI)
    assert img.shape[:2] == (rows * cell, cols * cell), f"a {rows}x{cols} grid should be {rows * cell}x{cols * cell}"
    dark = np.all(img < 0.3, axis=-1)
    filled = []
    for r in range(rows):
        for c in range(cols):
            block = dark[r * cell + cell // 4: (r + 1) * cell - cell // 8, c * cell + cell // 6: (c + 1) * cell - cell // 6]
            filled.append(block.sum() > 30)
    assert filled == [True] * len(wrong) + [False] * (rows * cols - len(wrong)), \
        f"each of the {len(wrong)} cells should hold a digit and the rest stay empty: {filled}"
    assert _colour_mask(img, plots.SIGMOID_COLOUR, tol=0.15).sum() > 50, "the true/predicted labels are missing"


def test_gallery_accepts_the_books_vectors(tmp_path):
    images, labels = _digits(10)
    onehot = np.eye(10)[labels][:, :, None]            # (n, 10, 1) as in network.py
    pred = (labels + 1) % 10
    _, shown = plots.misclassified_gallery(images[:, :, None], onehot, pred, tmp_path / "v.png")
    assert shown == 10, f"every digit is wrong here, the gallery shows {shown}"
    with pytest.raises(plots.PlotError):
        plots.misclassified_gallery(images, labels[:5], pred, tmp_path / "bad.png")


def test_cli_plot(tmp_path, capsys):
    images, labels = _digits(12)
    np.savez(tmp_path / "run.npz", images=images, labels=labels, predictions=(labels + 1) % 10)
    (tmp_path / "h.json").write_text(json.dumps(_history()))
    assert main(["plot", "sigmoid", str(tmp_path / "s.png")]) == 0, "nndl plot sigmoid failed"
    assert main(["plot", "curves", str(tmp_path / "h.json"), str(tmp_path / "c.png")]) == 0, "nndl plot curves failed"
    assert main(["plot", "misclassified", str(tmp_path / "run.npz"), str(tmp_path / "m.png"), "--cols", "3"]) == 0, \
        "nndl plot misclassified failed"
    assert _read(tmp_path / "m.png").shape[:2] == (4 * 130, 3 * 130), "12 digits in rows of 3 make a 4x3 grid"
    assert str(tmp_path / "m.png") in capsys.readouterr().out, "nndl plot should say which file it wrote"
