"""Wrong: stops as soon as there is a history (after epoch 1)."""
CAUGHT_BY = ["test_stops_on_plateaus", "test_short_histories_and_purity", "test_never_after_one_epoch_and_not_while_climbing"]


def should_stop(history):
    return len(history) >= 1
