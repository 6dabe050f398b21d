"""Wrong: makes n // m updates, silently dropping the smaller last mini-batch."""
CAUGHT_BY = ["test_uneven_last_batch", "test_every_example_used_once", "test_mini_batches_split_the_shuffled_data"]
BREAKS_STATEMENT = "split it into consecutive mini-batches of mini_batch_size examples (the last may be smaller)"


def run_epoch(training_data, mini_batch_size, update_mini_batch):
    data = list(training_data)
    random.shuffle(data)
    for k in range(len(data) // mini_batch_size):
        update_mini_batch(data[k * mini_batch_size:(k + 1) * mini_batch_size])
