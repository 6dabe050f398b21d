"""Wrong: train makes full mini-batches only; the leftover examples of each epoch are never used."""
CAUGHT_BY = ["test_train_shuffles_every_epoch_and_keeps_the_short_batch", "test_train_uneven_batches_other_sizes"]
BREAKS_STATEMENT = "cut into mini-batches of mini_batch_size, the last one possibly shorter"

_train_right = train


def train(weights, biases, training_data, epochs, mini_batch_size, eta):
    data = list(training_data)
    for _ in range(epochs):
        random.shuffle(data)
        for k in range(0, len(data) - mini_batch_size + 1, mini_batch_size):
            weights, biases = _train_right(weights, biases, data[k:k + mini_batch_size], 1, mini_batch_size, eta)
    return weights, biases
