"""`nndl data fetch|info` and `nndl train`: the MNIST files and the reference network."""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import math
import os
import random
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import numpy as np

from . import ROOT, data
from .cli import positive_int

MIRRORS = [
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
    "http://yann.lecun.com/exdb/mnist/",
]


# --------------------------------------------------------------------------- fetch

def _download(url: str, dest: Path, want_md5: str, timeout: float) -> str | None:
    """Download url to a temp file beside dest; rename only if the MD5 matches. None on success."""
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    try:
        h = hashlib.md5()
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as resp:
            for block in iter(lambda: resp.read(1 << 16), b""):
                out.write(block)
                h.update(block)
        if h.hexdigest() != want_md5:
            return f"wrong MD5 {h.hexdigest()} (expected {want_md5}): damaged or not the official file"
        os.replace(tmp, dest)
        return None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def fetch(folder: Path, mirrors: list[str], timeout: float = 60.0, out=print) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    failed = []
    for name in data.FILES.values():
        dest = folder / name
        if dest.exists():
            try:
                data.verify_file(dest)
                out(f"ok       {name} (already there, MD5 matches)")
                continue
            except data.DataError:
                out(f"replace  {name}: the file there has the wrong MD5")
        errors = []
        for base in mirrors:
            url = base.rstrip("/") + "/" + name
            err = _download(url, dest, data.MD5[name], timeout)
            if err is None:
                out(f"fetched  {name} from {base} (MD5 matches)")
                break
            errors.append(f"{url}: {err}")
        else:
            failed.append(name)
            out(f"FAILED   {name}")
            for e in errors:
                out(f"           {e}")
    if failed:
        out("")
        out(f"Could not download {len(failed)} file(s). If this machine is offline, copy the four official "
            f"files ({', '.join(data.FILES.values())}) into {folder} by hand from a machine that has them, "
            f"check them with `md5sum -c MD5SUMS` (sums in {data.DATA_DIR / 'MD5SUMS'}), or point NNDL_DATA "
            "at a folder that holds them. Until then the kit uses its bundled 5,000-digit sample.")
        return 1
    out(f"All four files are in {folder}.")
    if folder.resolve() != data.DATA_DIR.resolve():
        out(f"Use them with: export {data.ENV}={folder}")
    return 0


def cmd_fetch(args) -> int:
    mirrors = [args.mirror] if args.mirror else MIRRORS
    folder = Path(args.dir).expanduser() if args.dir else data.DATA_DIR
    try:  # a folder we cannot write to is a plain error, before any download
        folder.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=folder).close()
    except OSError as exc:
        from .cli import cannot_write
        raise SystemExit(f"nndl: {cannot_write(folder, exc)}") from None
    return fetch(folder, mirrors, timeout=args.timeout)


def cmd_info(args) -> int:
    kind, location, how = data.resolve(args.data)
    print(f"resolution: explicit --data or {data.ENV}, then {data.DATA_DIR}, then {data.SAMPLE_FILE.name}")
    print(f"{data.ENV} = {os.environ.get(data.ENV) or '(not set)'}")
    try:
        split = data.load(args.data)
    except data.DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"in use: {split.describe()}")
    if not split.is_full:
        print(f"(the full set: `nndl data fetch`, or set {data.ENV} to a folder with the four official files)")
    return 0


# --------------------------------------------------------------------------- train

class NotWrittenYet(Exception):
    """The student's network (in a bundle) cannot train yet; the message says what to do."""


def network_file() -> tuple[Path, str]:
    """Which network `nndl train` trains: the reference in the instructor's kit, the
    student's own exercises/ch1/network.py in a student bundle (which has no solutions/)."""
    ref = ROOT / "solutions" / "ch1" / "network.py"
    if ref.exists():
        return ref, "the reference network"
    return ROOT / "exercises" / "ch1" / "network.py", "your network"


def _load_network():
    path, who = network_file()
    if not path.exists():
        raise NotWrittenYet(f"{path} is missing: {who} belongs there (`nndl check ch1.network` says what to write)")
    spec = importlib.util.spec_from_file_location("nndl_trained_network", path)
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
    except Exception as exc:  # noqa: BLE001 - the student's file, however broken
        raise NotWrittenYet(_student_failure(path, exc, "could not be loaded")) from None
    return mod


def _student_failure(path: Path, exc: BaseException, what: str) -> str:
    if isinstance(exc, NotImplementedError):
        return (f"your network in {path} is not written yet (it still raises NotImplementedError); "
                "fill it in, check it with `nndl check ch1.network`, then train it")
    return (f"your network in {path} {what}: {type(exc).__name__}: {exc}; "
            "`nndl check ch1.network` shows which part needs work")


def _stepper(net):
    """One gradient step on a mini-batch held as matrices (examples are columns).

    The reference network has a matrix step of its own; a student's network is driven
    through the book's interface, ``update_mini_batch`` with a list of (x, y) columns."""
    if callable(getattr(type(net), "_step", None)):
        return net._step

    def step(X, Y, eta):
        net.update_mini_batch([(X[:, [i]], Y[:, [i]]) for i in range(X.shape[1])], eta)
    return step


def _predict(net, X) -> np.ndarray:
    """The predicted digit of every column of X (one feedforward per column if need be)."""
    out = np.asarray(net.feedforward(X))
    if out.shape == (10, X.shape[1]):
        return np.argmax(out, axis=0)
    return np.array([int(np.argmax(net.feedforward(X[:, [i]]))) for i in range(X.shape[1])])


def train(sizes, epochs, mini_batch_size, eta, seed, split, n_train=None, progress=True, out=print):
    """Train the network (see network_file); returns (per-epoch correct counts on the test digits, the network)."""
    mod = _load_network()
    path, _ = network_file()
    try:
        return _train(mod, sizes, epochs, mini_batch_size, eta, seed, split, n_train, progress, out)
    except NotWrittenYet:
        raise
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # noqa: BLE001 - the student's code failed while training
        if path.parent.parent.name == "solutions":
            raise
        raise NotWrittenYet(_student_failure(path, exc, "failed while training")) from None


def _train(ref, sizes, epochs, mini_batch_size, eta, seed, split, n_train, progress, out):
    random.seed(seed)
    np.random.seed(seed)
    net = ref.Network(list(sizes))
    step = _stepper(net)
    xs = split.train_images.astype(np.float64) / 255.0
    ys = np.eye(10)[split.train_labels]
    if n_train:
        xs, ys = xs[:n_train], ys[:n_train]
    Xte, yte = split.test_images.T.astype(np.float64) / 255.0, split.test_labels
    order = list(range(len(xs)))
    n_batches = (len(order) + mini_batch_size - 1) // mini_batch_size
    scores = []
    bar = None
    if progress:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
        bar = Progress(TextColumn("epoch {task.fields[epoch]}"), BarColumn(), MofNCompleteColumn(),
                       TimeRemainingColumn(), transient=True)
        bar.start()
    try:
        for j in range(epochs):
            random.shuffle(order)
            shuffled = np.array(order)
            task = bar.add_task("", total=n_batches, epoch=j) if bar else None
            for i, k in enumerate(range(0, len(order), mini_batch_size)):
                batch = shuffled[k:k + mini_batch_size]
                step(xs[batch].T, ys[batch].T, eta)
                if bar and i % 200 == 0:
                    bar.update(task, completed=i)
            if bar:
                bar.remove_task(task)
            correct = int(np.sum(_predict(net, Xte) == yte))
            scores.append(correct)
            out(f"Epoch {j}: {correct} / {len(yte)}")
    finally:
        if bar:
            bar.stop()
    return scores, net


def positive_float(text: str) -> float:
    """argparse type: a finite number above 0 (a learning rate)."""
    try:
        x = float(text)
    except ValueError:
        x = float("nan")
    if not (math.isfinite(x) and x > 0):
        raise argparse.ArgumentTypeError(f"give a number above 0, e.g. 3.0, not {text!r}")
    return x


def layer_sizes(text: str) -> list[int]:
    """argparse type: "784,30,10" (or 784-30-10): 784 inputs, 10 outputs, every layer at least 1."""
    try:
        sizes = [int(s) for s in text.replace("-", ",").split(",") if s.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"layer sizes look like 784,30,10, not {text!r}") from None
    if len(sizes) < 2 or sizes[0] != 784 or sizes[-1] != 10 or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"MNIST needs 784 inputs, 10 outputs and no empty layer, "
                                         f"e.g. 784,30,10, not {text!r}")
    return sizes


def cmd_train(args) -> int:
    sizes = args.sizes
    try:
        split = data.load(args.data)
    except data.DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"data: {split.describe()}")
    print(f"network {'-'.join(map(str, sizes))}, {args.epochs} epochs, mini-batch {args.mini_batch_size}, "
          f"eta {args.eta}, seed {args.seed}")
    t0 = time.perf_counter()
    path, who = network_file()
    if who != "the reference network":
        print(f"training {who}: {path.relative_to(ROOT)}")
    try:
        scores, net = train(sizes, args.epochs, args.mini_batch_size, args.eta, args.seed, split,
                            n_train=args.limit, progress=not args.no_progress and sys.stderr.isatty())
    except NotWrittenYet as exc:
        print(f"nndl train: {exc}", file=sys.stderr)
        return 1
    n_test = len(split.test_labels)
    best = max(scores) if scores else 0
    print(f"best {best} / {n_test} ({100.0 * best / n_test:.2f}%), {time.perf_counter() - t0:.1f} s")
    title = f"{'-'.join(map(str, sizes))}, eta {args.eta}, seed {args.seed}"
    if args.plot or args.misclassified:
        from . import plots
        try:
            if args.plot:
                plots.training_curves({"evaluation_accuracy": scores, "n_evaluation": n_test},
                                      Path(args.plot), title)
                print(f"wrote {args.plot}")
            if args.misclassified:
                X = split.test_images.T.astype(np.float64) / 255.0
                predicted = _predict(net, X)
                _, shown = plots.misclassified_gallery(split.test_images, split.test_labels, predicted,
                                                       Path(args.misclassified))
                print(f"wrote {args.misclassified} ({shown} misclassified test digits)")
        except plots.PlotError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    return 0


# --------------------------------------------------------------------------- argparse

def register(subparsers) -> None:
    p = subparsers.add_parser("data", help="the MNIST files: fetch them, or see which are in use")
    sub = p.add_subparsers(dest="data_command", metavar="ACTION", help="fetch or info")
    f = sub.add_parser("fetch", help="download the four official MNIST files and check their MD5s")
    f.add_argument("--dir", help=f"where to put them (default {data.DATA_DIR})")
    f.add_argument("--mirror", help="a base URL to use instead of the public mirrors (http(s):// or file://)")
    f.add_argument("--timeout", type=float, default=60.0, help="seconds per connection (default 60)")
    f.set_defaults(func=cmd_fetch)
    i = sub.add_parser("info", help="which MNIST data is in use, and from where")
    i.add_argument("--data", help="a folder with the four official files")
    i.set_defaults(func=cmd_info)

    t = subparsers.add_parser("train", help="train the network on MNIST with the book's defaults (the reference "
                              "network; in a student bundle, your own exercises/ch1/network.py)")
    t.add_argument("--sizes", type=layer_sizes, default=[784, 30, 10], help="layer sizes (default 784,30,10)")
    t.add_argument("--epochs", type=positive_int, default=30, help="passes over the training digits (default 30)")
    t.add_argument("--mini-batch-size", "-m", type=positive_int, default=10, help="digits per mini-batch (default 10)")
    t.add_argument("--eta", type=positive_float, default=3.0, help="learning rate (default 3.0)")
    t.add_argument("--seed", type=int, default=0, help="seed of every random source (default 0): the same seed, the same run")
    t.add_argument("--limit", type=positive_int, default=None, help="train on only the first N training digits")
    t.add_argument("--data", help="a folder with the four official files")
    t.add_argument("--plot", help="write the accuracy curve to this PNG (needs matplotlib)")
    t.add_argument("--misclassified", metavar="PNG",
                   help="write a gallery of misclassified test digits to this PNG (needs matplotlib)")
    t.add_argument("--no-progress", action="store_true", help="no progress bar")
    t.set_defaults(func=cmd_train)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="nndl")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
