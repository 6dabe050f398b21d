"""Benchmark the final classifier's reference (not a unit test).

    python -m grader.bench.final_classifier accuracy [--seeds 0 1 2] [--epochs 60] [--save PATH]

Trains solutions/ch3/final_classifier.py on the book's split (50,000 training,
10,000 validation digits), seed by seed, one after the other, and prints one
JSON line per epoch and per seed: validation count, test accuracy of the
returned model, CPU and wall seconds.  Needs the full MNIST set (NNDL_DATA or
the kit's data/ folder).  Set OPENBLAS_NUM_THREADS=1; results go in
docs/benchmarks_ch3.md.  ``--save PATH`` writes the first seed's model there.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import statistics
import sys
import time

import numpy as np

from .. import ROOT, data
from .. import final_model

REFERENCE = ROOT / "solutions" / "ch3" / "final_classifier.py"


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def accuracy(seeds, epochs, save=None, out=print) -> list[dict]:
    split = data.load()
    if not split.is_full:
        raise SystemExit("this benchmark needs the full MNIST set (set NNDL_DATA or run `nndl data fetch`)")
    ref = _load(REFERENCE, "nndl_bench_final_classifier")
    VX, vy = split.validation
    TX, ty = split.test
    rows = []
    for i, seed in enumerate(seeds):
        random.seed(seed)
        np.random.seed(seed)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        history = []

        def on_epoch(epoch, model):
            correct = int(np.sum(final_model.predict(final_model.from_dict(model), VX) == vy))
            history.append(correct)
            out(json.dumps({"seed": seed, "epoch": epoch, "validation": correct,
                            "cpu": round(time.process_time() - cpu0, 1)}), flush=True)

        model = ref.train(split.training, split.validation, epochs=epochs, on_epoch=on_epoch)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        m = final_model.from_dict(model)
        test = int(np.sum(final_model.predict(m, TX) == ty))
        row = {"seed": seed, "epochs_run": len(history), "best_validation": max(history),
               "test_correct": test, "test_percent": round(100.0 * test / len(ty), 2),
               "cpu_seconds": round(cpu, 1), "wall_seconds": round(wall, 1),
               "parameters": final_model.parameter_count(m)}
        rows.append(row)
        out(json.dumps(row), flush=True)
        if save and i == 0:
            ref.save_model(model, save)
    pct = [r["test_percent"] for r in rows]
    out(json.dumps({"mean_test_percent": round(statistics.mean(pct), 3),
                    "spread": [min(pct), max(pct)],
                    "mean_cpu_seconds": round(statistics.mean(r["cpu_seconds"] for r in rows), 1)}), flush=True)
    return rows


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m grader.bench.final_classifier")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("accuracy")
    a.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    a.add_argument("--epochs", type=int, default=60)
    a.add_argument("--save", help="write the first seed's model to this .npz")
    args = p.parse_args(argv)
    accuracy(args.seeds, args.epochs, args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
