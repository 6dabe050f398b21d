"""Wrong: measures before the epoch's training (one epoch late) and fills lists even when their flag is off."""
CAUGHT_BY = ["test_monitoring_per_epoch"]


def _sgd(self, training_data, epochs, mini_batch_size, eta, lmbda=0.0, evaluation_data=None,
         monitor_evaluation_cost=False, monitor_evaluation_accuracy=False,
         monitor_training_cost=False, monitor_training_accuracy=False):
    training_data = list(training_data)
    n = len(training_data)
    ec, ea, tc, ta = [], [], [], []
    for _ in range(epochs):
        ec.append(self.total_cost(evaluation_data, lmbda, convert=True))
        ea.append(self.accuracy(evaluation_data))
        tc.append(self.total_cost(training_data, lmbda))
        ta.append(self.accuracy(training_data, convert=True))
        random.shuffle(training_data)
        for k in range(0, n, mini_batch_size):
            self.update_mini_batch(training_data[k:k + mini_batch_size], eta, lmbda, n)
    return ec, ea, tc, ta


Network.SGD = _sgd
