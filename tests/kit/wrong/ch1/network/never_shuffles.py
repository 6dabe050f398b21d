"""Wrong: SGD never shuffles; every epoch cuts the data into the same mini-batches in the given order."""
CAUGHT_BY = ["test_sgd_shuffles_every_epoch_and_keeps_the_short_batch", "test_sgd_uneven_batches_other_sizes"]
BREAKS_STATEMENT = "each epoch, shuffle the list of (x, y) pairs with random.shuffle"


def _sgd_never_shuffles(self, training_data, epochs, mini_batch_size, eta, test_data=None):
    training_data = list(training_data)
    scores = []
    for j in range(epochs):
        for k in range(0, len(training_data), mini_batch_size):
            self.update_mini_batch(training_data[k:k + mini_batch_size], eta)
        if test_data is not None:
            scores.append(self.evaluate(test_data))
            print(f"Epoch {j}: {scores[-1]} / {len(test_data)}")
    return scores


Network.SGD = _sgd_never_shuffles
