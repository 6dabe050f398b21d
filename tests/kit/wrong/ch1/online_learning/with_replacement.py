"""Wrong: draws each mini-batch at random with replacement, so some examples repeat and others are skipped."""
CAUGHT_BY = ["test_every_example_used_once", "test_mini_batches_split_the_shuffled_data"]
BREAKS_STATEMENT = "Every example is used exactly once"


def run_epoch(training_data, mini_batch_size, update_mini_batch):
    data = list(training_data)
    for k in range(0, len(data), mini_batch_size):
        update_mini_batch(random.choices(data, k=len(data[k:k + mini_batch_size])))
