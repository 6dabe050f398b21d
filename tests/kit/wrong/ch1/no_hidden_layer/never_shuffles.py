"""Wrong: train never shuffles; every epoch steps through the same mini-batches in the given order."""
CAUGHT_BY = ["test_train_shuffles_every_epoch_and_keeps_the_short_batch", "test_train_uneven_batches_other_sizes"]
BREAKS_STATEMENT = "shuffle with random.shuffle every epoch"

_train_right = train


def train(weights, biases, training_data, epochs, mini_batch_size, eta):
    data = list(training_data)
    for _ in range(epochs):
        for k in range(0, len(data), mini_batch_size):
            weights, biases = _train_right(weights, biases, data[k:k + mini_batch_size], 1, mini_batch_size, eta)
    return weights, biases
