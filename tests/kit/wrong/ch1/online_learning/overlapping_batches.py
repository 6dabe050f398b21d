"""Wrong: slices data[k:k+m+1], so neighbouring mini-batches share an example."""
CAUGHT_BY = ["test_batch_sizes", "test_every_example_used_once", "test_mini_batches_split_the_shuffled_data"]
BREAKS_STATEMENT = "Every example is used exactly once"


def run_epoch(training_data, mini_batch_size, update_mini_batch):
    data = list(training_data)
    random.shuffle(data)
    for k in range(0, len(data), mini_batch_size):
        update_mini_batch(data[k:k + mini_batch_size + 1])
