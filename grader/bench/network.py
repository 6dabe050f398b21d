"""Benchmark the reference network (not a unit test).

    python -m grader.bench.network speed [--runs 3]        # epoch time: matrix reference vs book-style loop
    python -m grader.bench.network accuracy [--seeds 0 1 2] [--sizes 784,30,10]   # the book's rows R5 / R6

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


def epoch_time(mod, training_data, seed, epochs=1) -> float:
    random.seed(seed)
    np.random.seed(seed)
    net = mod.Network([784, 30, 10])
    t = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        net.SGD(training_data, epochs, 10, 3.0)
    return (time.perf_counter() - t) / epochs


def speed(runs: int) -> dict:
    split = data.load()
    if not split.is_full:
        raise SystemExit("the benchmark needs the full MNIST set: set NNDL_DATA or run `nndl data fetch`")
    tr, _, _ = data.load_book_format(split=split)
    ref, book = _load(REFERENCE, "bench_reference"), _load(BOOK_STYLE, "bench_book_style")
    times = {"matrix": [], "book_style": []}
    for r in range(runs):            # alternate, so both see the same machine load
        times["matrix"].append(epoch_time(ref, tr, r))
        times["book_style"].append(epoch_time(book, tr, r))
        print(f"run {r}: matrix {times['matrix'][-1]:.2f} s, book-style {times['book_style'][-1]:.2f} s", flush=True)
    med = {k: statistics.median(v) for k, v in times.items()}
    out = {"times": times, "median": med, "ratio": med["book_style"] / med["matrix"],
           "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS", "(unset)")}
    print(f"median epoch (50,000 digits, 784-30-10, m = 10): matrix {med['matrix']:.2f} s, "
          f"book-style {med['book_style']:.2f} s, ratio {out['ratio']:.1f}x "
          f"(OPENBLAS_NUM_THREADS={out['blas_threads']})")
    return out


def accuracy(sizes, seeds, epochs=30, eta=3.0) -> dict:
    split = data.load()
    if not split.is_full:
        raise SystemExit("the benchmark needs the full MNIST set: set NNDL_DATA or run `nndl data fetch`")
    tr, _, te = data.load_book_format(split=split)
    ref = _load(REFERENCE, "bench_reference")
    result = {"sizes": sizes, "epochs": epochs, "eta": eta, "runs": []}
    for seed in seeds:
        random.seed(seed)
        np.random.seed(seed)
        net = ref.Network(sizes)
        t = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            scores = net.SGD(tr, epochs, 10, eta, test_data=te)
        run = {"seed": seed, "final": scores[-1], "best": max(scores), "scores": scores,
               "seconds": round(time.perf_counter() - t, 1)}
        result["runs"].append(run)
        print(f"{'-'.join(map(str, sizes))} seed {seed}: final {run['final']}, best {run['best']} "
              f"({run['seconds']} s)", flush=True)
    for key in ("final", "best"):
        vals = [100.0 * r[key] / 10_000 for r in result["runs"]]
        result[f"{key}_mean"] = statistics.mean(vals)
        result[f"{key}_sd"] = statistics.stdev(vals) if len(vals) > 1 else 0.0
        print(f"{key}: mean {result[f'{key}_mean']:.2f}%, sd {result[f'{key}_sd']:.2f}, "
              f"range {min(vals):.2f}-{max(vals):.2f}%")
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m grader.bench.network", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    s = sub.add_parser("speed")
    s.add_argument("--runs", type=int, default=3)
    a = sub.add_parser("accuracy")
    a.add_argument("--sizes", default="784,30,10")
    a.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    a.add_argument("--epochs", type=int, default=30)
    a.add_argument("--eta", type=float, default=3.0)
    for p in (s, a):
        p.add_argument("--json", help="also write the results to this JSON file")
    args = ap.parse_args(argv)
    if args.what == "speed":
        res = speed(args.runs)
    else:
        res = accuracy([int(x) for x in args.sizes.split(",")], args.seeds, args.epochs, args.eta)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(res, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
