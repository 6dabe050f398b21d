"""Visible checks: ch3.early_stopping."""

from grader.probes.ch3.early_stopping import scripted_run_simple


def test_stops_after_three_epochs_without_improvement(ex):
    accs = [50, 60, 70, 69, 71, 70, 70, 70, 70, 70, 70, 70]
    result, batches, evaluated = ex.probe(scripted_run_simple, accs, 12, 3, 20, 5)
    assert len(result) == 8, f"best at epoch 5 (71), then 3 epochs without improvement: 8 epochs should run, got {len(result)}"
    assert result == accs[:8], "return the evaluation accuracy of each epoch that ran"
