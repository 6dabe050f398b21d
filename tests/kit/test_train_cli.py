"""`nndl train` prints the book's epoch lines and draws its curve and the misclassified digits."""
from __future__ import annotations

import re

import numpy as np

from grader import cli


def test_train_prints_epochs_and_writes_both_pictures(tmp_path, capsys):
    import matplotlib.image as mpimg

    curve, gallery = tmp_path / "curve.png", tmp_path / "wrong.png"
    rc = cli.main(["train", "--epochs", "2", "--limit", "2000", "--no-progress",
                   "--plot", str(curve), "--misclassified", str(gallery)])
    out = capsys.readouterr().out
    assert rc == 0, f"nndl train failed: {out}"
    epochs = re.findall(r"^Epoch (\d+): (\d+) / (\d+)$", out, flags=re.M)
    assert [int(e[0]) for e in epochs] == [0, 1], f"expected the book's 'Epoch j: correct / n' lines:\n{out}"
    assert all(0 < int(c) <= int(n) for _, c, n in epochs), f"odd counts: {epochs}"
    for png in (curve, gallery):
        img = mpimg.imread(png)
        assert img.ndim == 3 and img.shape[0] > 200 and img.shape[1] > 300, f"{png.name}: shape {img.shape}"
        assert float(np.std(img[..., :3])) > 0.05, f"{png.name} looks blank"
    assert "misclassified test digits" in out, f"the gallery line is missing:\n{out}"
