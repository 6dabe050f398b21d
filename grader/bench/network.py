"""Benchmark the reference network (not a unit test).

    python -m grader.bench.network speed [--runs 5] [--epochs 3]   # epoch time: matrix reference vs the book's loop
    python -m grader.bench.network accuracy [--seeds 0 1 2] [--sizes 784,30,10]   # the book's rows R5 / R6
        [--impl matrix|book_style|book_style_kit] [--pixels 255|256]

Both need the full MNIST set (NNDL_DATA or the kit's data/ folder).  Set
OPENBLAS_NUM_THREADS=1 (and OMP_NUM_THREADS=1) for numbers that do not depend on
how busy the other cores are; results go in docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import random
import statistics
import sys
import time

import numpy as np

from .. import ROOT, data

REFERENCE = ROOT / "solutions" / "ch1" / "network.py"
BOOK_STYLE = ROOT / "tests" / "kit" / "variants" / "ch1" / "network" / "book_style.py"


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def book_sigmoid(z):
    """The book's sigmoid as printed: no clipping (exp may overflow to inf, giving 0 correctly)."""
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


BOOK_LOOP = ROOT / "grader" / "bench" / "book_loop.py"
BOOK_FILE_ENV = "NNDL_BOOK_NETWORK"


def implementations(speed: bool = False) -> dict:
    """The contenders.

    ``matrix``: the reference.  ``book_loop``: grader/bench/book_loop.py, the
    book's per-example algorithm with the book's operations and nothing more,
    the baseline of the ratio.  For accuracy runs also ``book_style`` and
    ``book_style_kit``: the kit's book-style variant (a test answer) with the
    book's unclipped sigmoid swapped in, and as it is (clipped).  If
    NNDL_BOOK_NETWORK names a copy of the book's own network.py on this machine
    (never shipped with the kit), the speed run times it too, side by side, to
    show that the baseline is as fast as the code it stands for.
    """
    mods = {"matrix": _load(REFERENCE, "bench_reference"), "book_loop": _load(BOOK_LOOP, "bench_book_loop")}
    book_file = os.environ.get(BOOK_FILE_ENV)
    if speed and book_file:
        mods["book_file"] = _load(book_file, "bench_book_file")
    if not speed:
        book_plain = _load(BOOK_STYLE, "bench_book_plain")
        book_plain.sigmoid = book_sigmoid          # sigmoid_prime looks it up in the module, so both change
        mods.update(book_style=book_plain, book_style_kit=_load(BOOK_STYLE, "bench_book_style"))
    return mods


class _EpochClock(io.TextIOBase):
    """Swallows the "Epoch j ..." lines; notes the wall and CPU time of each and the score "c / n" if any."""

    def __init__(self):
        self.marks, self.scores = [], []

    def write(self, text):
        if text.startswith("Epoch"):
            self.marks.append((time.perf_counter(), time.process_time()))
            if "/" in text:
                self.scores.append(int(text.split(":")[1].split("/")[0]))
        return len(text)


def epoch_times(mod, training_data, seed, epochs, sizes=(784, 30, 10)):
    """[(wall, cpu)] seconds for each epoch of one SGD call (the first includes the one-off setup)."""
    random.seed(seed)
    np.random.seed(seed)
    net = mod.Network(list(sizes))
    clock = _EpochClock()
    start = (time.perf_counter(), time.process_time())
    with contextlib.redirect_stdout(clock):
        net.SGD(training_data, epochs, 10, 3.0)
    marks = [start] + clock.marks
    return [(b[0] - a[0], b[1] - a[1]) for a, b in zip(marks, marks[1:])]


def blas_floor(n=50_000, m=10, reps=3) -> float:
    """CPU seconds per epoch for the two big products alone (W1 x and delta x^T, 784-30-10).

    Every matrix-based step must do at least these; the rest of an epoch is
    small numpy calls and Python.
    """
    rng = np.random.default_rng(0)
    w, x, d = rng.standard_normal((30, 784)), rng.random((m, 784)).T, rng.standard_normal((30, m))
    best = float("inf")
    for _ in range(reps):
        t = time.process_time()
        for _ in range(n // m):
            w @ x
            d @ x.T
        best = min(best, time.process_time() - t)
    return best


def blas_info() -> str:
    try:
        import threadpoolctl
        info = [f"{i['internal_api']} {i['version']} kernel {i.get('architecture')}, {i['num_threads']} thread(s)"
                for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]
        return "; ".join(info) or "unknown"
    except ImportError:
        cfg = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        return f"{cfg.get('name')} {cfg.get('version')} (install threadpoolctl to see the kernel)"


def speed(runs: int, epochs: int = 3) -> dict:
    split = data.load()
    if not split.is_full:
        raise SystemExit("the benchmark needs the full MNIST set: set NNDL_DATA or run `nndl data fetch`")
    tr, _, _ = data.load_book_format(split=split)
    mods = implementations(speed=True)
    env = {k: os.environ.get(k, "(unset)") for k in
           ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    out = {"epochs_per_run": epochs, "runs": runs, "env": env, "blas": blas_info(), "times": {k: [] for k in mods}}
    print(f"BLAS: {out['blas']}; {env}", flush=True)
    for r in range(runs):            # interleaved (order rotated each run), so all see the same machine load
        names = list(mods)
        names = names[r % len(names):] + names[:r % len(names)]
        for name in names:
            ts = epoch_times(mods[name], tr, r, epochs)
            out["times"][name].append(ts)
            print(f"run {r} {name:10s} " + "  ".join(f"{w:.2f} s ({c:.2f} cpu)" for w, c in ts), flush=True)
    out["median"], per_run = {}, {}
    for name, runs_ in out["times"].items():
        later = [t for ts in runs_ for t in ts[1:]]       # epochs after the first: no setup
        first = [ts[0] for ts in runs_]
        out["median"][name] = {"wall": statistics.median(t[0] for t in later),
                               "cpu": statistics.median(t[1] for t in later),
                               "first_epoch_cpu": statistics.median(t[1] for t in first)}
        per_run[name] = [statistics.median(t[1] for t in ts[1:]) for ts in runs_]
    mat = out["median"]["matrix"]
    for name in [n for n in mods if n != "matrix"]:
        b = out["median"][name]
        ratios = sorted(x / y for x, y in zip(per_run[name], per_run["matrix"]))  # run by run, CPU
        out[f"ratio_{name}"] = {"cpu": b["cpu"] / mat["cpu"], "wall": b["wall"] / mat["wall"],
                                "per_run_cpu": ratios, "min": ratios[0], "max": ratios[-1]}
    if "book_file" in mods:
        out["book_loop_over_book_file"] = sorted(x / y for x, y in zip(per_run["book_loop"], per_run["book_file"]))
    out["blas_floor_cpu"] = blas_floor()
    batches = len(tr) // 10
    print("median epoch, CPU (wall): " + ", ".join(f"{k} {v['cpu']:.3f} s ({v['wall']:.3f} s)"
                                                   for k, v in out["median"].items()))
    r = out["ratio_book_loop"]
    print(f"ratio book loop / matrix: {r['cpu']:.2f}x CPU (runs: {', '.join(f'{x:.2f}' for x in r['per_run_cpu'])}; "
          f"range {r['min']:.2f}-{r['max']:.2f}), {r['wall']:.2f}x wall")
    if "book_file" in mods:
        print("book loop / the book's own file, run by run (CPU): "
              + ", ".join(f"{x:.2f}" for x in out["book_loop_over_book_file"]))
    print(f"first epoch of the matrix run (includes stacking the data once): {mat['first_epoch_cpu']:.2f} s CPU")
    print(f"the two big products alone: {out['blas_floor_cpu']:.3f} s per epoch; everything else in the matrix "
          f"epoch: {1e6 * (mat['cpu'] - out['blas_floor_cpu']) / batches:.0f} us per mini-batch")
    return out


def book_pixels(images, labels, one_hot):
    """Like data.to_book_format, but pixels as in the book's pickle: float32 x / 256, in [0, 0.996]."""
    X = images.astype(np.float32) / np.float32(256.0)
    ys = [data.vectorized_result(j) for j in labels] if one_hot else [int(j) for j in labels]
    return [(x.reshape(784, 1), y) for x, y in zip(X, ys)]


def accuracy(sizes, seeds, epochs=30, eta=3.0, impl="matrix", pixels="255") -> dict:
    split = data.load()
    if not split.is_full:
        raise SystemExit("the benchmark needs the full MNIST set: set NNDL_DATA or run `nndl data fetch`")
    if pixels == "256":
        tr = book_pixels(split.train_images, split.train_labels, True)
        te = book_pixels(split.test_images, split.test_labels, False)
    else:
        tr, _, te = data.load_book_format(split=split)
    mod = implementations()[impl]
    X_test = np.hstack([x for x, _ in te]).astype(np.float64)
    result = {"sizes": sizes, "epochs": epochs, "eta": eta, "impl": impl, "pixels": pixels, "runs": []}
    for seed in seeds:
        random.seed(seed)
        np.random.seed(seed)
        net = mod.Network(sizes)
        t = time.perf_counter()
        clock = _EpochClock()           # the book-style SGD prints its scores instead of returning them
        with contextlib.redirect_stdout(clock):
            scores = net.SGD(tr, epochs, 10, eta, test_data=te) or clock.scores
        out = net.feedforward(X_test)
        guesses = np.argmax(out, axis=0)
        run = {"seed": seed, "final": scores[-1], "best": max(scores), "scores": scores,
               "seconds": round(time.perf_counter() - t, 1),
               # a saturated output neuron: the digit it stands for is (almost) never the answer
               "predicted_per_digit": np.bincount(guesses, minlength=sizes[-1]).tolist(),
               "max_output_per_digit": np.round(out.max(axis=1), 3).tolist()}
        run["weak_outputs"] = [d for d, n in enumerate(run["predicted_per_digit"]) if n < 200]
        result["runs"].append(run)
        print(f"{'-'.join(map(str, sizes))} seed {seed}: final {run['final']}, best {run['best']}, "
              f"digits (almost) never answered: {run['weak_outputs'] or 'none'} ({run['seconds']} s)", flush=True)
    for key in ("final", "best"):
        vals = [100.0 * r[key] / len(te) for r in result["runs"]]
        result[f"{key}_mean"] = statistics.mean(vals)
        result[f"{key}_sd"] = statistics.stdev(vals) if len(vals) > 1 else 0.0
        print(f"{key}: mean {result[f'{key}_mean']:.2f}%, sd {result[f'{key}_sd']:.2f}, "
              f"range {min(vals):.2f}-{max(vals):.2f}%")
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m grader.bench.network", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    s = sub.add_parser("speed")
    s.add_argument("--runs", type=int, default=5)
    s.add_argument("--epochs", type=int, default=3, help="epochs per SGD call (the first includes setup)")
    a = sub.add_parser("accuracy")
    a.add_argument("--sizes", default="784,30,10")
    a.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    a.add_argument("--epochs", type=int, default=30)
    a.add_argument("--eta", type=float, default=3.0)
    a.add_argument("--impl", choices=["matrix", "book_loop", "book_style", "book_style_kit"], default="matrix")
    a.add_argument("--pixels", choices=["255", "256"], default="255",
                   help="255: the kit's x/255 float64; 256: the book's pickle, float32 x/256")
    for p in (s, a):
        p.add_argument("--json", help="also write the results to this JSON file")
    args = ap.parse_args(argv)
    if args.what == "speed":
        res = speed(args.runs, args.epochs)
    else:
        res = accuracy([int(x) for x in args.sizes.split(",")], args.seeds, args.epochs, args.eta,
                       args.impl, args.pixels)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(res, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
