"""Wrong: one update with the whole training set per epoch (plain gradient descent), whatever the batch size."""
CAUGHT_BY = ["test_updates_per_epoch", "test_uneven_last_batch", "test_batch_sizes", "test_mini_batches_split_the_shuffled_data"]
BREAKS_STATEMENT = "call update_mini_batch(batch) once per mini-batch"


def run_epoch(training_data, mini_batch_size, update_mini_batch):
    update_mini_batch(list(training_data))
