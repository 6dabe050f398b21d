"""Hidden checks: ch1.online_learning."""

from grader.probes.ch1.online_learning import record_batches, record_epochs


def test_uneven_last_batch(ex):
    for n, m, want in ((103, 20, 6), (103, 1, 103), (7, 20, 1)):
        batches = ex.probe(record_batches, n, m)
        assert len(batches) == want, (f"an epoch over {n} examples with mini-batch size {m} should make {want} "
                                      f"updates (a smaller last batch counts too), yours made {len(batches)}")


def test_every_example_used_once(ex):
    for n, m in ((57, 5), (40, 20), (1, 1), (23, 1)):
        seen = sorted(i for batch in ex.probe(record_batches, n, m) for i in batch)
        assert seen == list(range(n)), (f"with {n} examples and mini-batch size {m}, one epoch should use every "
                                        "example exactly once; some were repeated or left out")


def test_batch_sizes(ex):
    for n, m in ((57, 5), (60, 20), (103, 20)):
        sizes = [len(b) for b in ex.probe(record_batches, n, m)]
        assert sizes and all(s == m for s in sizes[:-1]) and 0 < sizes[-1] <= m, \
            f"with {n} examples every mini-batch should hold {m} examples (only the last may hold fewer); got sizes {sizes[:8]}"


def test_true_statements(ex):
    got = ex.true_statements()
    assert isinstance(got, (list, tuple)) and all(isinstance(s, str) for s in got), \
        'true_statements() should return a list of letters, e.g. ["A"]'
    got = {s.strip().upper() for s in got}
    assert got == {"A", "D", "E"}, "the set of true statements is not right; reread each one with n and n/20 updates in mind"


def test_shuffled_afresh_every_epoch(ex):
    for n, m in ((30, 1), (61, 20)):
        runs = ex.probe(record_epochs, n, m, 4)
        orders = [tuple(i for b in batches for i in b) for batches in runs]
        assert all(sorted(o) == list(range(n)) for o in orders), \
            f"with {n} examples every epoch should use each example exactly once"
        assert tuple(range(n)) not in orders, f"an epoch over {n} examples kept the given order: shuffle first"
        assert len(set(orders)) == len(orders), \
            f"over 4 epochs of {n} examples two epochs made the same mini-batches: shuffle again in every epoch"
