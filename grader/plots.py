"""Figures as PNG files (matplotlib, the kit's optional [plots] extra).

- `step_vs_sigmoid`: the perceptron's step function against the sigmoid.
- `training_curves`: accuracy and cost per epoch, training against evaluation data,
  from the per-epoch lists network2's SGD returns (or a JSON/CSV file of them).
- `misclassified_gallery`: a grid of test digits the network got wrong, each with
  its true and predicted label.

Every function writes the file and returns its path; nothing is shown on screen.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np

STEP_COLOUR = "#1f77b4"      # blue
SIGMOID_COLOUR = "#d62728"   # red
TRAIN_COLOUR = "#1f77b4"     # blue
EVAL_COLOUR = "#ff7f0e"      # orange
DPI = 100
CELL_INCHES = 1.3            # one digit of the gallery

SERIES = ("training_accuracy", "evaluation_accuracy", "training_cost", "evaluation_cost")


class PlotError(ValueError):
    pass


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        from .messages import t
        raise SystemExit(t("need_matplotlib")) from None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    return plt


def _save(fig, out) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=DPI, facecolor="white")
    import matplotlib.pyplot as plt
    plt.close(fig)
    return out


# ------------------------------------------------------------------ step against sigmoid

def step_vs_sigmoid(out, z_range: float = 6.0) -> Path:
    plt = _pyplot()
    z = np.linspace(-z_range, z_range, 601)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.step(z, (z > 0).astype(float), where="post", color=STEP_COLOUR, lw=2.5,
            label="step (perceptron): 1 if z > 0")
    ax.plot(z, 1.0 / (1.0 + np.exp(-z)), color=SIGMOID_COLOUR, lw=2.5, label=r"sigmoid $\sigma(z)=1/(1+e^{-z})$")
    ax.set_xlabel("z = w·x + b")
    ax.set_ylabel("output")
    ax.set_ylim(-0.05, 1.05)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left")
    ax.set_title("The step function and the sigmoid")
    fig.tight_layout()
    return _save(fig, out)


# ------------------------------------------------------------------ training curves

def read_history(path) -> dict[str, list[float]]:
    """Per-epoch numbers from JSON ({"training_cost": [...], ...}) or CSV (one column per series).

    JSON may also hold "n_training" and "n_evaluation" (how many examples each
    accuracy counts, as network2 returns counts of correct answers).
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        if not rows:
            raise PlotError(f"{path} has no rows")
        return {k: [float(r[k]) for r in rows if r.get(k) not in (None, "")] for k in rows[0]}
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, list):  # network2's SGD result as a list of four lists
        data = dict(zip(("evaluation_cost", "evaluation_accuracy", "training_cost", "training_accuracy"), data))
    if not isinstance(data, dict):
        raise PlotError(f"{path}: expected a JSON object of per-epoch lists")
    return data


def _percent(values, n) -> list[float]:
    vals = [float(v) for v in values]
    if n:
        return [100.0 * v / float(n) for v in vals]
    if vals and max(vals) <= 1.0:
        return [100.0 * v for v in vals]
    return vals


def training_curves(history: dict, out, title: str = "") -> Path:
    """Two panels, accuracy and cost per epoch; training in blue, evaluation in orange."""
    plt = _pyplot()
    from matplotlib.ticker import MaxNLocator
    present = [k for k in SERIES if history.get(k)]
    if not present:
        raise PlotError(f"no per-epoch numbers to plot; give some of {', '.join(SERIES)}")
    panels = [p for p in ("accuracy", "cost") if any(k.endswith(p) for k in present)]
    fig, axes = plt.subplots(1, len(panels), figsize=(5.5 * len(panels), 4), squeeze=False)
    for ax, panel in zip(axes[0], panels):
        for which, colour in (("training", TRAIN_COLOUR), ("evaluation", EVAL_COLOUR)):
            key = f"{which}_{panel}"
            if not history.get(key):
                continue
            ys = history[key]
            if panel == "accuracy":
                ys = _percent(ys, history.get(f"n_{which}"))
            xs = history.get("epoch") or list(range(len(ys)))
            ax.plot(xs[: len(ys)], ys, color=colour, lw=2, marker="o", ms=3,
                    label=f"{which} data")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("epoch")
        ax.set_ylabel("accuracy (%)" if panel == "accuracy" else "cost")
        ax.set_title(f"{panel} per epoch")
        ax.grid(alpha=0.3)
        ax.legend()
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return _save(fig, out)


# ------------------------------------------------------------------ misclassified digits

def _as_images(images) -> np.ndarray:
    arr = np.asarray(images, dtype=float)
    if arr.ndim == 3 and arr.shape[1:] == (784, 1):   # network.py's column vectors
        arr = arr[:, :, 0]
    if arr.ndim == 2 and arr.shape[1] == 784:
        arr = arr.reshape(-1, 28, 28)
    if arr.ndim != 3:
        raise PlotError(f"images should be N x 784 or N x 28 x 28, got shape {arr.shape}")
    return arr


def _as_labels(labels) -> np.ndarray:
    arr = np.asarray(labels)
    if arr.ndim == 3 and arr.shape[1:] == (10, 1):     # one-hot column vectors
        arr = arr[:, :, 0]
    if arr.ndim == 2 and arr.shape[1] == 10:
        arr = arr.argmax(axis=1)
    return arr.astype(int).ravel()


def gallery_shape(n: int, cols: int) -> tuple[int, int]:
    """(rows, cols) of the grid for n digits."""
    cols = max(1, min(cols, n)) if n else 1
    return max(1, -(-n // cols)), cols


def misclassified_gallery(images, labels, predictions, out, max_images: int = 24, cols: int = 6) -> tuple[Path, int]:
    """Grid of the first ``max_images`` digits with label != prediction; returns (path, how many shown)."""
    plt = _pyplot()
    imgs, y, p = _as_images(images), _as_labels(labels), _as_labels(predictions)
    if not (len(imgs) == len(y) == len(p)):
        raise PlotError(f"images, labels and predictions differ in length: {len(imgs)}, {len(y)}, {len(p)}")
    wrong = np.flatnonzero(y != p)[:max_images]
    rows, cols = gallery_shape(len(wrong), cols)
    fig, axes = plt.subplots(rows, cols, figsize=(cols * CELL_INCHES, rows * CELL_INCHES), squeeze=False)
    for ax in axes.ravel():
        ax.axis("off")
    for ax, i in zip(axes.ravel(), wrong):
        ax.imshow(imgs[i], cmap="gray_r", vmin=0.0, vmax=max(1.0, float(imgs[i].max())))
        ax.set_title(f"true {y[i]} → {p[i]}", fontsize=9, color=SIGMOID_COLOUR)
    if len(wrong) == 0:
        axes[0, 0].text(0.5, 0.5, "no misclassified digits", ha="center", va="center")
    top = 1.0 - 0.35 / (rows * CELL_INCHES)   # room for the heading, whatever the height
    fig.suptitle("misclassified: true label → predicted", fontsize=10)
    fig.subplots_adjust(left=0.02, right=0.98, bottom=0.02, top=top - 0.12 / rows, wspace=0.1, hspace=0.35)
    return _save(fig, out), int(len(wrong))


def read_arrays(path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """images, labels and predictions from an .npz file (keys of those names)."""
    with np.load(path, allow_pickle=False) as data:
        missing = [k for k in ("images", "labels", "predictions") if k not in data]
        if missing:
            raise PlotError(f"{path} lacks {', '.join(missing)} (keys: images, labels, predictions)")
        return data["images"], data["labels"], data["predictions"]
