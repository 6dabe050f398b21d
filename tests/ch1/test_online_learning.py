"""Visible checks: ch1.online_learning.  A probe runs your epoch loop and records each update."""

from grader.probes.ch1.online_learning import record_batches, record_epochs


def test_updates_per_epoch(ex):
    for m, want in ((1, 100), (20, 5)):
        batches = ex.probe(record_batches, 100, m)
        assert len(batches) == want, \
            f"one epoch over 100 examples with mini-batch size {m} should make {want} updates, yours made {len(batches)}"


def test_mini_batches_split_the_shuffled_data(ex):
    n, m = 43, 10
    [first, second] = ex.probe(record_epochs, n, m, 2)
    for batches in (first, second):
        sizes = [len(b) for b in batches]
        assert sizes == [10, 10, 10, 10, 3], (f"one epoch over {n} examples with mini-batch size {m} should make "
                                              f"mini-batches of sizes [10, 10, 10, 10, 3] (the last may be smaller); "
                                              f"yours had sizes {sizes}")
        seen = sorted(i for b in batches for i in b)
        assert seen == list(range(n)), f"one epoch should use each of the {n} examples exactly once"
    order = [i for b in first for i in b]
    assert order != list(range(n)), "the mini-batches follow the examples in their given order: shuffle them first"
    assert order != [i for b in second for i in b], \
        "two epochs in a row made the very same mini-batches: shuffle the data afresh in every epoch"


def test_answer_is_a_list_of_letters(ex):
    got = ex.true_statements()
    assert isinstance(got, (list, tuple)) and all(isinstance(s, str) for s in got), \
        'true_statements() should return a list of letters, e.g. ["A"]'
    assert {s.strip().upper() for s in got} <= set("ABCDE"), \
        f"the statements are lettered A to E; got {list(got)!r}"
