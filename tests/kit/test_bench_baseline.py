"""The speed benchmark's baseline (grader/bench/book_loop.py) computes what the reference computes.

It stands for the book's per-example network.py in `python -m grader.bench.network speed`;
given the same start and the same shuffles it must end with the same weights as the
matrix-based reference, so the ratio compares the same work done two ways.
"""
from __future__ import annotations

import contextlib
import io
import random

import numpy as np

from grader.bench.network import BOOK_LOOP, REFERENCE, _load


def test_book_loop_trains_exactly_like_the_reference():
    rng = np.random.default_rng(3)
    data = [(rng.random((12, 1)), np.eye(4)[:, [int(j)]]) for j in rng.integers(0, 4, 37)]
    ends = []
    for path in (BOOK_LOOP, REFERENCE):
        mod = _load(path, f"baseline_{path.stem}")
        random.seed(5)
        np.random.seed(5)
        net = mod.Network([12, 7, 4])
        with contextlib.redirect_stdout(io.StringIO()):
            net.SGD(list(data), 3, 5, 2.0)
        ends.append([np.asarray(w) for w in net.weights] + [np.asarray(b) for b in net.biases])
    for a, b in zip(*ends):
        assert np.allclose(a, b, rtol=1e-9, atol=1e-12)
