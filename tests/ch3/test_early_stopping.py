"""Visible checks: ch3.early_stopping."""

from grader.probes.ch3.early_stopping import scripted_run_simple


def test_stops_after_three_epochs_without_improvement(ex):
    accs = [50, 60, 70, 69, 71, 70, 70, 70, 70, 70, 70, 70]
    result, batches, evaluated = ex.probe(scripted_run_simple, accs, 12, 3, 20, 5)
    assert len(result) == 8, f"best at epoch 5 (71), then 3 epochs without improvement: 8 epochs should run, got {len(result)}"
    assert result == accs[:8], "return the evaluation accuracy of each epoch that ran"
    assert evaluated == 8 and len(batches) == 8 * 4, \
        (f"each of the 8 epochs should train the network (20 examples in mini-batches of 5: 4 updates) and then "
         f"measure it once; the network received {len(batches)} updates and {evaluated} accuracy calls")
