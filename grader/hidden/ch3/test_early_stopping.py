"""Hidden checks: ch3.early_stopping."""
from grader.checks import weight
from grader.probes.ch3.early_stopping import scripted_run


@weight(2)
def test_compares_with_the_best_not_the_last(ex):
    accs = [70, 65, 66, 67, 68, 69, 69.5, 70, 70, 70]
    result, _, _ = ex.probe(scripted_run, accs, 10, 3, 10, 5)
    assert len(result) == 4, \
        f"no epoch after the first beats 70, so with n = 3 training should stop after 4 epochs; it ran {len(result)}"
    accs = [50, 60, 70, 69, 71, 70, 70, 70, 70]
    result, _, _ = ex.probe(scripted_run, accs, 30, 3, 10, 5)
    assert len(result) == 8, f"a single drop is not a reason to stop: expected 8 epochs, got {len(result)}"


def test_disabled_runs_every_epoch(ex):
    accs = [50, 40, 40, 40, 40, 40]
    for off in (0, None):
        result, batches, _ = ex.probe(scripted_run, accs, 6, off, 23, 5)
        assert len(result) == 6, f"with early_stopping_n = {off!r} all 6 epochs should run, got {len(result)}"
        assert batches == [[5, 23]] * 4 + [[3, 23]] + ([[5, 23]] * 4 + [[3, 23]]) * 5, \
            (f"23 examples in mini-batches of 5 make 5 updates per epoch (the last of 3), each with n = 23; "
             f"the network received {len(batches)} updates in 6 epochs")


def test_ties_are_not_improvements(ex):
    accs = [80] * 20
    result, _, _ = ex.probe(scripted_run, accs, 20, 10, 10, 5)
    assert len(result) == 11, f"a flat accuracy never improves: with n = 10, 11 epochs should run, got {len(result)}"
