"""Wrong: shuffles with a fixed seed inside run_epoch, so every epoch makes the very same mini-batches."""
CAUGHT_BY = ["test_mini_batches_split_the_shuffled_data", "test_shuffled_afresh_every_epoch"]
BREAKS_STATEMENT = "Run one epoch: shuffle training_data"


def run_epoch(training_data, mini_batch_size, update_mini_batch):
    data = list(training_data)
    random.Random(0).shuffle(data)
    for k in range(0, len(data), mini_batch_size):
        update_mini_batch(data[k:k + mini_batch_size])
