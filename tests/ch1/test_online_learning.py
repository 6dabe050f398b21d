"""Visible checks: ch1.online_learning.  A probe runs your epoch loop and records each update."""
from grader.checks import probe


@probe
def record_batches(mod, n, m):
    import random

    import numpy as np

    random.seed(7)
    np.random.seed(7)
    batches = []

    def update_mini_batch(batch):
        batches.append([int(pair[0]) for pair in batch])

    mod.run_epoch([(i, i % 10) for i in range(n)], m, update_mini_batch)
    return batches


def test_updates_per_epoch(ex):
    for m, want in ((1, 100), (20, 5)):
        batches = ex.probe(record_batches, 100, m)
        assert len(batches) == want, \
            f"one epoch over 100 examples with mini-batch size {m} should make {want} updates, yours made {len(batches)}"
