"""Benchmark: the reference network2 against the book's chapter 3 results.

Rows of the book's table (shared/curriculum/catalogue.md, section 5), trained
on the full MNIST split with the reference ``solutions/ch3/network2.py``
(cross-entropy, the old N(0, 1) initialisation as in the book's runs,
mini-batch 10, eta 0.5, 30 epochs), several seeds each:

    R15  784-30-10,  lambda 0    test accuracy    book 95.49 %
    R16  784-100-10, lambda 0    test accuracy    book 96.82 %
    R20  784-30-10,  lambda 5.0  test accuracy    book 96.49 %
    R21  784-100-10, lambda 5.0  validation acc.  book 97.92 %

Each finished run is appended to ``--out`` as one JSON line (row, seed, the
per-epoch accuracies, best and final, seconds), so an interrupted benchmark
keeps what finished; ``--summary`` reads that file and prints mean and spread.

    NNDL_DATA=../shared/data/mnist OMP_NUM_THREADS=1 \\
        nice -n 10 python -m grader.bench.network2_book_rows --out bench_ch3.jsonl
    python -m grader.bench.network2_book_rows --summary bench_ch3.jsonl

This is a benchmark, not a test: it takes minutes per run.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import statistics
import time
from pathlib import Path

import numpy as np

from grader import ROOT, data

ROWS = {
    # row: (sizes, lmbda, which part is scored, the book's percentage)
    "R15": ([784, 30, 10], 0.0, "test", 95.49),
    "R16": ([784, 100, 10], 0.0, "test", 96.82),
    "R20": ([784, 30, 10], 5.0, "test", 96.49),
    "R21": ([784, 100, 10], 5.0, "validation", 97.92),
}
TOLERANCE = 0.7  # percentage points


def reference_network2():
    path = ROOT / "solutions" / "ch3" / "network2.py"
    spec = importlib.util.spec_from_file_location("reference_network2", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(row: str, seed: int, epochs: int = 30) -> dict:
    sizes, lmbda, part, book = ROWS[row]
    net2 = reference_network2()
    training, validation, test = data.load_book_format()
    scored = test if part == "test" else validation
    random.seed(seed)
    np.random.seed(seed)
    net = net2.Network(sizes, cost=net2.CrossEntropyCost)
    net.large_weight_initializer()
    start = time.time()
    _, acc, _, _ = net2.Network.SGD(net, training, epochs, 10, 0.5, lmbda=lmbda,
                                    evaluation_data=scored, monitor_evaluation_accuracy=True)
    pct = [100.0 * a / len(scored) for a in acc]
    return {"row": row, "seed": seed, "sizes": sizes, "lmbda": lmbda, "part": part,
            "book": book, "epochs": epochs, "accuracy": pct, "best": max(pct),
            "final": pct[-1], "seconds": round(time.time() - start, 1)}


def summary(path: Path) -> str:
    runs = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    lines = ["| row | net | lambda | scored on | book | best epoch: mean ± sd (n) | final epoch: mean ± sd | within 0.7 pp |",
             "|---|---|---|---|---|---|---|---|"]
    for row, (sizes, lmbda, part, book) in ROWS.items():
        mine = [r for r in runs if r["row"] == row]
        if not mine:
            lines.append(f"| {row} | {'-'.join(map(str, sizes))} | {lmbda} | {part} | {book} | not run | | |")
            continue
        best = [r["best"] for r in mine]
        final = [r["final"] for r in mine]
        sd = lambda v: statistics.stdev(v) if len(v) > 1 else 0.0  # noqa: E731
        ok = abs(statistics.mean(best) - book) <= TOLERANCE
        lines.append(f"| {row} | {'-'.join(map(str, sizes))} | {lmbda} | {part} | {book:.2f} | "
                     f"{statistics.mean(best):.2f} ± {sd(best):.2f} ({len(mine)}) | "
                     f"{statistics.mean(final):.2f} ± {sd(final):.2f} | {'yes' if ok else 'NO'} |")
    return "\n".join(lines)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", default=",".join(ROWS), help="comma-separated rows (default all)")
    p.add_argument("--seeds", default="1,2,3", help="comma-separated seeds (default 1,2,3)")
    p.add_argument("--epochs", type=int, default=30)
    p.add_argument("--out", type=Path, default=Path("bench_ch3.jsonl"))
    p.add_argument("--summary", type=Path, help="print the table for a results file and stop")
    args = p.parse_args(argv)
    if args.summary:
        print(summary(args.summary))
        return
    print(data.load().describe(), flush=True)
    for row in args.rows.split(","):
        for seed in (int(s) for s in args.seeds.split(",")):
            result = run(row, seed, args.epochs)
            with args.out.open("a") as f:
                f.write(json.dumps(result) + "\n")
            print(f"{row} seed {seed}: best {result['best']:.2f} final {result['final']:.2f} "
                  f"({result['seconds']} s)", flush=True)
    print(summary(args.out))


if __name__ == "__main__":
    main()
