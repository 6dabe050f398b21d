"""Wrong: never shuffles; every epoch cuts the data into the same mini-batches in the given order."""
CAUGHT_BY = ["test_mini_batches_split_the_shuffled_data", "test_shuffled_afresh_every_epoch"]
BREAKS_STATEMENT = "Run one epoch: shuffle training_data"


def run_epoch(training_data, mini_batch_size, update_mini_batch):
    data = list(training_data)
    for k in range(0, len(data), mini_batch_size):
        update_mini_batch(data[k:k + mini_batch_size])
