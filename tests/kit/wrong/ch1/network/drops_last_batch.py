"""Wrong: SGD only makes full mini-batches; the leftover examples at the end of each epoch are never used."""
CAUGHT_BY = ["test_sgd_shuffles_every_epoch_and_keeps_the_short_batch", "test_sgd_uneven_batches_other_sizes"]
BREAKS_STATEMENT = "cut it into mini-batches (the last one may be shorter)"


def _sgd_drops_last(self, training_data, epochs, mini_batch_size, eta, test_data=None):
    training_data = list(training_data)
    scores = []
    for j in range(epochs):
        random.shuffle(training_data)
        for k in range(0, len(training_data) - mini_batch_size + 1, mini_batch_size):
            self.update_mini_batch(training_data[k:k + mini_batch_size], eta)
        if test_data is not None:
            scores.append(self.evaluate(test_data))
            print(f"Epoch {j}: {scores[-1]} / {len(test_data)}")
    return scores


Network.SGD = _sgd_drops_last
