"""Wrong: SGD trains on the mini-batches in the original order every epoch (no shuffle)."""
CAUGHT_BY = ["test_sgd_shuffles_and_uses_every_example"]
BREAKS_STATEMENT = "at the start of each epoch shuffle the training data with one call of random.shuffle"


def _sgd_no_shuffle(self, training_data, epochs, mini_batch_size, eta, lmbda=0.0,
                    evaluation_data=None, monitor_evaluation_cost=False,
                    monitor_evaluation_accuracy=False, monitor_training_cost=False,
                    monitor_training_accuracy=False):
    training_data = list(training_data)
    n = len(training_data)
    out = ([], [], [], [])
    for _ in range(epochs):
        for k in range(0, n, mini_batch_size):
            self.update_mini_batch(training_data[k:k + mini_batch_size], eta, lmbda, n)
        if monitor_evaluation_cost:
            out[0].append(self.total_cost(evaluation_data, lmbda, convert=True))
        if monitor_evaluation_accuracy:
            out[1].append(self.accuracy(evaluation_data))
        if monitor_training_cost:
            out[2].append(self.total_cost(training_data, lmbda))
        if monitor_training_accuracy:
            out[3].append(self.accuracy(training_data, convert=True))
    return out


Network.SGD = _sgd_no_shuffle
