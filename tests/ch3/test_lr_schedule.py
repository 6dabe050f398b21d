"""Visible checks: ch3.lr_schedule."""

from grader.probes.ch3.lr_schedule import scripted_schedule


def test_flat_accuracy_halves_until_1_over_128(ex):
    rates, used = ex.probe(scripted_schedule, [90.0], 1.0, 10, 128)
    levels = sorted(set(used), reverse=True)
    assert levels == [1.0 / 2 ** k for k in range(7)], \
        (f"eta should go 1, 1/2, ..., 1/64 (halving each time) and training should terminate when it drops to "
         f"1/128, without training at 1/128; the rates used were {levels}")
    assert rates == used, "return the learning rate each epoch actually trained with"
