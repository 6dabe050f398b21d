"""`nndl final train` and `nndl final status`: the student's side of ch3.final_classifier.

``train`` runs the student's own ``ch3/final_classifier.py`` on the book's split
(on the student's machine: this is their code, as under ``pytest``), prints one
book-style line per epoch (validation digits right), saves the model where the
grader looks (``ch3/final_model.npz``) with the student's ``save_model``, reads
it back exactly as the grader does and reports its test accuracy; it can draw
the training/validation curves and a gallery of misclassified test digits.
Every number it prints is computed here from the model, not taken from the
student's code.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import random
import sys
import time
from pathlib import Path

from . import ROOT
from .cli_data import positive_int

EXERCISE_FILE = Path("ch3") / "final_classifier.py"
TRAIN_SAMPLE = 10_000      # training digits measured per epoch for the curve (all 50,000 would cost as much as training)


def _student_module(root: Path):
    path = root / EXERCISE_FILE
    if not path.is_file():
        raise SystemExit(f"nndl: {path} does not exist; give your exercises folder with --path")
    root_str = str(root)
    if root_str not in sys.path:
        sys.path.insert(0, root_str)
    spec = importlib.util.spec_from_file_location("nndl_final_classifier", path)
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
    except SyntaxError as exc:
        raise SystemExit(f"nndl: {EXERCISE_FILE} has a syntax error on line {exc.lineno}: {exc.msg}") from None
    for name in ("train", "save_model"):
        if not callable(getattr(mod, name, None)):
            raise SystemExit(f"nndl: {EXERCISE_FILE} has no function {name}; see the statement at its top")
    return mod


def model_status(root: Path, split=None) -> str:
    """One line on the handed-in model: its network and test accuracy, or what is missing."""
    import numpy as np  # noqa: F401  (final_model needs it)
    from . import data, final_model
    from .submission import read_submission_file
    from .wire import StudentError
    try:
        raw = read_submission_file(root, final_model.MODEL_PATH)
    except StudentError as exc:
        return f"model: {exc}"
    if raw is None:
        return (f"model: missing: there is no {final_model.MODEL_PATH} yet; `nndl final train` trains your "
                "classifier and saves it there")
    try:
        model = final_model.from_bytes(raw)
    except final_model.ModelError as exc:
        return f"model: {exc}; it scores 0 until fixed"
    split = split or data.load()
    X, y = split.test
    right = final_model.accuracy(model, X, y)
    pct = 100.0 * right / len(y)
    where = "test digits" if split.is_full else "test digits of the bundled sample"
    todo = "full marks" if pct >= final_model.FULL_MARKS else \
        f"{final_model.FULL_MARKS:.1f} % earns full marks"
    return (f"model: {model.describe()}, {final_model.parameter_count(model):,} parameters: "
            f"{right:,} / {len(y):,} {where} ({pct:.2f} %); {todo}")


def cmd_final_train(args) -> int:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # small matrices: one thread is fastest
    import numpy as np
    from . import data, final_model
    root = Path(args.path).expanduser().resolve()
    mod = _student_module(root)
    try:
        split = data.load(args.data)
    except data.DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"data: {split.describe()}")
    if not split.is_full:
        print("(the grader uses the full set: `nndl data fetch` for the numbers that count)")
    X, y = split.training
    VX, vy = split.validation
    n_val = len(vy)
    rng = np.random.default_rng(0)
    sample = rng.permutation(len(y))[:TRAIN_SAMPLE]
    history = {"training_accuracy": [], "evaluation_accuracy": [], "n_training": len(sample),
               "n_evaluation": n_val}
    bar, task = None, None
    if not args.no_progress and sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        bar = Progress(TextColumn("training"), BarColumn(), MofNCompleteColumn(), TextColumn("epochs"),
                       TimeElapsedColumn(), transient=True)
        bar.start()
        task = bar.add_task("", total=args.epochs)

    def on_epoch(epoch, model):
        try:
            m = final_model.from_dict(model)
        except final_model.ModelError as exc:
            raise SystemExit(f"nndl: the model your train passed to on_epoch is not as the statement fixes it: {exc}")
        correct = final_model.accuracy(m, VX, vy)
        history["evaluation_accuracy"].append(correct)
        history["training_accuracy"].append(final_model.accuracy(m, X[sample], y[sample]))
        line = f"Epoch {epoch}: {correct} / {n_val}"
        if bar:
            bar.console.print(line)
            bar.update(task, completed=epoch + 1)
        else:
            print(line, flush=True)

    random.seed(args.seed)
    np.random.seed(args.seed)
    t0, cpu0 = time.perf_counter(), time.process_time()
    try:
        model = mod.train((X, y), (VX, vy), epochs=args.epochs, on_epoch=on_epoch)
    except NotImplementedError:
        print(f"nndl: train in {EXERCISE_FILE} is not implemented yet", file=sys.stderr)
        return 1
    finally:
        if bar:
            bar.stop()
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    print(f"trained {len(history['evaluation_accuracy'])} epochs in {wall:.1f} s ({cpu:.1f} s CPU)")
    target = root / final_model.MODEL_PATH
    try:
        mod.save_model(model, str(target))
    except NotImplementedError:
        print(f"nndl: save_model in {EXERCISE_FILE} is not implemented yet; nothing was saved", file=sys.stderr)
        return 1
    if not target.exists() and Path(str(target) + ".npz").exists():
        print(f"nndl: save_model wrote {target}.npz: np.savez adds .npz to a name without it; "
              "write to exactly the path given", file=sys.stderr)
        return 1
    print(f"saved {target}")
    print(model_status(root, split))
    if args.plot or args.misclassified:
        from . import plots
        try:
            if args.plot:
                plots.training_curves(history, Path(args.plot), "final classifier: training and validation")
                print(f"wrote {args.plot}")
            if args.misclassified:
                m = final_model.from_bytes(target.read_bytes())
                predicted = final_model.predict(m, split.test[0])
                _, shown = plots.misclassified_gallery(split.test_images, split.test_labels, predicted,
                                                       Path(args.misclassified))
                print(f"wrote {args.misclassified} ({shown} misclassified test digits)")
        except (plots.PlotError, final_model.ModelError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    return 0


def cmd_final_status(args) -> int:
    root = Path(args.path).expanduser().resolve()
    if not root.is_dir():
        print(f"nndl: {args.path} is not a folder; --path is your exercises folder (with ch3/ inside)",
              file=sys.stderr)
        return 2
    from . import data
    try:
        print(model_status(root))
    except data.DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("final", help="the final classifier (ch3.final_classifier): train it, see its model")
    sub = p.add_subparsers(dest="final_command", required=True, metavar="STEP",
                           help="train (your classifier, saved where the grader looks) or status (its accuracy)")
    t = sub.add_parser("train", help="train your classifier on MNIST and save it where the grader looks")
    t.add_argument("--path", default=str(ROOT / "exercises"), help="your exercises folder")
    t.add_argument("--epochs", type=positive_int, default=60, help="at most this many epochs (default 60)")
    t.add_argument("--seed", type=int, default=0, help="the random seed of your training run (default 0)")
    t.add_argument("--data", help="a folder with the four official MNIST files")
    t.add_argument("--plot", metavar="PNG", help="write the training and validation accuracy curves here")
    t.add_argument("--misclassified", metavar="PNG", help="write a gallery of misclassified test digits here")
    t.add_argument("--no-progress", action="store_true", help="no progress bar")
    t.set_defaults(func=cmd_final_train)
    s = sub.add_parser("status", help="the saved model's test accuracy, or what is missing")
    s.add_argument("--path", default=str(ROOT / "exercises"), help="your exercises folder")
    s.set_defaults(func=cmd_final_status)
