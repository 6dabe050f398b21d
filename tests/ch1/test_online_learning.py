"""Visible checks: ch1.online_learning.  A probe runs your epoch loop and records each update."""

from grader.probes.ch1.online_learning import record_batches


def test_updates_per_epoch(ex):
    for m, want in ((1, 100), (20, 5)):
        batches = ex.probe(record_batches, 100, m)
        assert len(batches) == want, \
            f"one epoch over 100 examples with mini-batch size {m} should make {want} updates, yours made {len(batches)}"
