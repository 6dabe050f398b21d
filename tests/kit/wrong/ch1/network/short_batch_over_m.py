"""Wrong: every step divides by mini_batch_size, even for the last, shorter mini-batch."""
CAUGHT_BY = ["test_sgd_shuffles_every_epoch_and_keeps_the_short_batch", "test_sgd_uneven_batches_other_sizes"]
BREAKS_STATEMENT = "w <- w - (eta / m) * (sum of dC_x/dw over the m pairs)"


def _sgd_fixed_m(self, training_data, epochs, mini_batch_size, eta, test_data=None):
    training_data = list(training_data)
    scores = []
    for j in range(epochs):
        random.shuffle(training_data)
        for k in range(0, len(training_data), mini_batch_size):
            batch = training_data[k:k + mini_batch_size]
            self.update_mini_batch(batch, eta * len(batch) / mini_batch_size)
        if test_data is not None:
            scores.append(self.evaluate(test_data))
            print(f"Epoch {j}: {scores[-1]} / {len(test_data)}")
    return scores


Network.SGD = _sgd_fixed_m
