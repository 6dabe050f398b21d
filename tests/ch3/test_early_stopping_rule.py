"""Visible checks: ch3.early_stopping_rule."""


def test_never_after_one_epoch_and_not_while_climbing(ex):
    assert ex.should_stop([95.0]) is False, "the rule must not stop after a single epoch"
    climbing = [80.0 + 0.5 * k for k in range(30)]
    for t in range(1, 31):
        assert ex.should_stop(climbing[:t]) is False, f"accuracy climbs 0.5 points per epoch, yet the rule stops after epoch {t}"
