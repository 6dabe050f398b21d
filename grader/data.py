"""Real MNIST for the kit: find it, check it, read it, split it as the book does.

Where the digits come from (first match wins):

1. an explicit ``path`` argument, or the ``NNDL_DATA`` environment variable: a
   folder holding the four official gzip IDX files (an error if they are not
   there: an explicit choice never falls back silently);
2. the kit's own ``data/`` folder, when ``nndl data fetch`` has filled it;
3. the small real sample bundled in ``data/mnist_sample.npz`` (5,000 digits,
   see data/README.md).

The full set is split as in the book: the first 50,000 training images train,
the last 10,000 validate, the 10,000 test images test.  The bundled sample is
split 4,000 / 500 / 500.

API (also in docs/data.md)::

    split = load()                      # MnistSplit: uint8 pixels, int labels
    X, y = split.training               # float32 (N, 784) in [0, 1], int64 (N,)
    tr, va, te = load_book_format()     # lists of (x, y) as the book's loader gives
    X8, y = sample_subset(10_000, seed=0)   # a seeded random subset (uint8 pixels)
"""
from __future__ import annotations

import functools
import gzip
import hashlib
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import ROOT

DATA_DIR = ROOT / "data"
SAMPLE_FILE = DATA_DIR / "mnist_sample.npz"
ENV = "NNDL_DATA"

# The official files and their MD5 sums (the same as data/MD5SUMS).
FILES = {
    "train_images": "train-images-idx3-ubyte.gz",
    "train_labels": "train-labels-idx1-ubyte.gz",
    "test_images": "t10k-images-idx3-ubyte.gz",
    "test_labels": "t10k-labels-idx1-ubyte.gz",
}
MD5 = {
    "train-images-idx3-ubyte.gz": "f68b3c2dcbeaaa9fbdd348bbdeb94873",
    "train-labels-idx1-ubyte.gz": "d53e105ee54ea40749a09fcbcd1e9432",
    "t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
    "t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c",
}
# IDX magic numbers: 0x00000803 = unsigned bytes, 3 dimensions; 0x00000801 = 1 dimension.
IMAGES_MAGIC, LABELS_MAGIC = 2051, 2049
COUNTS = {"train": 60_000, "t10k": 10_000}
N_TRAIN = 50_000                      # the book's training part of the official training set

FETCH_TIP = ("run `nndl data fetch` (or `nndl data fetch --dir DIR` and set NNDL_DATA=DIR); "
             "offline, copy the four official .gz files into that folder by hand")


class DataError(RuntimeError):
    """The digits could not be found or read; the message says what to do."""


@dataclass(frozen=True)
class MnistSplit:
    """The three parts of MNIST: uint8 pixels (N, 784) and int64 labels (N,)."""

    train_images: np.ndarray
    train_labels: np.ndarray
    val_images: np.ndarray
    val_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    kind: str          # "full" (the official files) or "sample" (the bundled 5,000 digits)
    location: str      # the folder or file the digits were read from
    how: str           # why this source was chosen ("argument", "NNDL_DATA", "kit data/", "bundled sample")

    @property
    def is_full(self) -> bool:
        return self.kind == "full"

    @staticmethod
    def _scaled(images: np.ndarray) -> np.ndarray:
        return images.astype(np.float32) / np.float32(255.0)

    @property
    def training(self) -> tuple[np.ndarray, np.ndarray]:
        """(X, y): float32 pixels in [0, 1], shape (N, 784), and int64 labels."""
        return self._scaled(self.train_images), self.train_labels

    @property
    def validation(self) -> tuple[np.ndarray, np.ndarray]:
        return self._scaled(self.val_images), self.val_labels

    @property
    def test(self) -> tuple[np.ndarray, np.ndarray]:
        return self._scaled(self.test_images), self.test_labels

    def raw(self, part: str) -> tuple[np.ndarray, np.ndarray]:
        """(uint8 pixels, int labels) of "training", "validation" or "test"."""
        key = {"training": "train", "train": "train", "validation": "val", "val": "val",
               "test": "test"}.get(part)
        if key is None:
            raise ValueError(f"part must be training, validation or test, not {part!r}")
        return getattr(self, f"{key}_images"), getattr(self, f"{key}_labels")

    def sizes(self) -> tuple[int, int, int]:
        return len(self.train_labels), len(self.val_labels), len(self.test_labels)

    def describe(self) -> str:
        a, b, c = self.sizes()
        what = "full MNIST (official files)" if self.is_full else "bundled real sample"
        return (f"{what}: {a:,} training / {b:,} validation / {c:,} test digits, "
                f"from {self.location} ({self.how})")


# --------------------------------------------------------------------------- IDX files

def md5_of(path: Path) -> str:
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify_file(path: Path) -> None:
    """Raise DataError unless ``path`` has the official MD5 of its name."""
    path = Path(path)
    want = MD5.get(path.name)
    if want is None:
        raise DataError(f"{path.name} is not one of the four official MNIST files")
    if not path.is_file():
        raise DataError(f"{path} is missing; {FETCH_TIP}")
    got = md5_of(path)
    if got != want:
        raise DataError(f"{path} is damaged or not the official file (MD5 {got}, expected {want}); "
                        f"delete it and {FETCH_TIP}")


def read_idx(path: Path, check_md5: bool = True) -> np.ndarray:
    """Read one gzip IDX file: uint8 images (N, 784) or labels (N,), validated."""
    path = Path(path)
    if check_md5:
        verify_file(path)
    try:
        with gzip.open(path, "rb") as fh:
            raw = fh.read()
    except (OSError, EOFError, zlib.error) as exc:
        raise DataError(f"{path} is not a readable gzip file ({exc}); delete it and {FETCH_TIP}") from None
    if len(raw) < 8:
        raise DataError(f"{path} is truncated: only {len(raw)} bytes after decompression")
    magic = int.from_bytes(raw[0:4], "big")
    n = int.from_bytes(raw[4:8], "big")
    if magic == IMAGES_MAGIC:
        if len(raw) < 16:
            raise DataError(f"{path} is truncated: its image header is incomplete")
        rows, cols = int.from_bytes(raw[8:12], "big"), int.from_bytes(raw[12:16], "big")
        if (rows, cols) != (28, 28):
            raise DataError(f"{path}: images are {rows}x{cols}, MNIST images are 28x28")
        body, shape = raw[16:], (n, 784)
    elif magic == LABELS_MAGIC:
        body, shape = raw[8:], (n,)
    else:
        raise DataError(f"{path} is not an MNIST IDX file (magic number {magic:#010x}, "
                        f"expected {IMAGES_MAGIC:#010x} for images or {LABELS_MAGIC:#010x} for labels)")
    want = int(np.prod(shape))
    if len(body) != want:
        raise DataError(f"{path} is truncated or padded: the header promises {want:,} bytes of data, "
                        f"the file has {len(body):,}")
    arr = np.frombuffer(body, dtype=np.uint8).reshape(shape)
    if magic == LABELS_MAGIC:
        if arr.size and arr.max() > 9:
            raise DataError(f"{path}: a label is {int(arr.max())}, labels must be digits 0-9")
        return arr.astype(np.int64)
    return arr.copy()


def has_full_set(folder: Path) -> bool:
    """True if ``folder`` holds all four official file names (not yet verified)."""
    return all((Path(folder) / name).is_file() for name in FILES.values())


def _read_full(folder: Path, how: str) -> MnistSplit:
    folder = Path(folder)
    missing = [n for n in FILES.values() if not (folder / n).is_file()]
    if missing:
        raise DataError(f"{folder} lacks {', '.join(missing)} ({how}); {FETCH_TIP}")
    parts = {key: read_idx(folder / name) for key, name in FILES.items()}
    for stem, images, labels in (("train", parts["train_images"], parts["train_labels"]),
                                 ("t10k", parts["test_images"], parts["test_labels"])):
        if len(images) != len(labels) or len(images) != COUNTS[stem]:
            raise DataError(f"{folder}: {stem} has {len(images)} images and {len(labels)} labels, "
                            f"expected {COUNTS[stem]} of each")
    ti, tl = parts["train_images"], parts["train_labels"]
    return MnistSplit(ti[:N_TRAIN], tl[:N_TRAIN], ti[N_TRAIN:], tl[N_TRAIN:],
                      parts["test_images"], parts["test_labels"],
                      kind="full", location=str(folder.resolve()), how=how)


def _read_sample(file: Path) -> MnistSplit:
    if not file.is_file():
        raise DataError(f"no MNIST data: the bundled sample {file} is missing too; {FETCH_TIP}")
    with np.load(file, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    try:
        split = MnistSplit(
            arrays["train_images"], arrays["train_labels"].astype(np.int64),
            arrays["val_images"], arrays["val_labels"].astype(np.int64),
            arrays["test_images"], arrays["test_labels"].astype(np.int64),
            kind="sample", location=str(file.resolve()), how="bundled sample")
    except KeyError as exc:
        raise DataError(f"{file} lacks the array {exc}; rebuild it with `python data/make_sample.py`") from None
    for part in ("train", "val", "test"):
        img, lab = getattr(split, f"{part}_images"), getattr(split, f"{part}_labels")
        if img.dtype != np.uint8 or img.ndim != 2 or img.shape[1] != 784 or len(img) != len(lab):
            raise DataError(f"{file}: the {part} arrays have the wrong shape or type")
    return split


# --------------------------------------------------------------------------- public API

def resolve(path: str | os.PathLike | None = None) -> tuple[str, Path, str]:
    """Where the digits would come from: (kind, location, how), without reading them."""
    if path is not None:
        return "full", Path(path).expanduser(), "argument"
    env = os.environ.get(ENV)
    if env and env.endswith(".npz"):  # a sample file (e.g. the Gradescope bundle's)
        return "sample", Path(env).expanduser(), ENV
    if env:
        return "full", Path(env).expanduser(), ENV
    if any((DATA_DIR / n).exists() for n in FILES.values()):
        return "full", DATA_DIR, "kit data/"
    return "sample", SAMPLE_FILE, "bundled sample"


@functools.lru_cache(maxsize=4)
def _load_cached(kind: str, location: str, how: str) -> MnistSplit:
    if kind == "sample":
        return _read_sample(Path(location))
    return _read_full(Path(location), how)


def load(path: str | os.PathLike | None = None) -> MnistSplit:
    """The digits, from ``path``, ``NNDL_DATA``, the kit's data/ folder or the bundled sample.

    Results are cached per location, so calling it again is free.  Arrays are
    shared between callers: copy before changing them.
    """
    kind, location, how = resolve(path)
    location = Path(location).resolve() if Path(location).exists() else Path(location)
    return _load_cached(kind, str(location), how)


def vectorized_result(j: int) -> np.ndarray:
    """A (10, 1) column with 1.0 in row j: the book's training target."""
    e = np.zeros((10, 1))
    e[int(j)] = 1.0
    return e


def to_book_format(images: np.ndarray, labels: np.ndarray, one_hot: bool) -> list:
    """A list of (x, y): x float64 (784, 1) in [0, 1]; y a (10, 1) one-hot or an int."""
    X = np.asarray(images, dtype=np.float64)
    if np.asarray(images).dtype == np.uint8:
        X = X / 255.0
    xs = [x.reshape(784, 1) for x in X]
    ys = [vectorized_result(j) for j in labels] if one_hot else [int(j) for j in labels]
    return list(zip(xs, ys))


def load_book_format(path=None, split: MnistSplit | None = None) -> tuple[list, list, list]:
    """(training_data, validation_data, test_data) in the form the book's network uses.

    Training targets are one-hot (10, 1) columns; validation and test targets
    are ints.  These are real lists, so they can be iterated many times.
    """
    s = split if split is not None else load(path)
    return (to_book_format(s.train_images, s.train_labels, True),
            to_book_format(s.val_images, s.val_labels, False),
            to_book_format(s.test_images, s.test_labels, False))


def sample_subset(n: int, seed: int = 0, part: str = "training", path=None,
                  split: MnistSplit | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``n`` digits of one part chosen at random (without replacement) with ``seed``.

    Returns uint8 pixels (n, 784) and int64 labels (n,).  If the part holds
    fewer than ``n`` digits (the bundled sample), all of it is returned, shuffled.
    """
    s = split if split is not None else load(path)
    images, labels = s.raw(part)
    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(labels))[: min(int(n), len(labels))]
    return images[idx], labels[idx]
