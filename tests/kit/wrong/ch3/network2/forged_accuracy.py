"""Wrong (forging): SGD does not train at all and accuracy() claims every example is right.

The old probe reported the network's own accuracy, which this forged; the check now
scores the returned weights on held-out digits in the grader.
"""
CAUGHT_BY = ["test_learns_real_digits"]


def _sgd_idle(self, training_data, epochs, mini_batch_size, eta, lmbda=0.0, evaluation_data=None,
              monitor_evaluation_cost=False, monitor_evaluation_accuracy=False,
              monitor_training_cost=False, monitor_training_accuracy=False):
    return [], [], [], []


def _claim_everything(self, data, convert=False):
    return len(list(data))


Network.SGD = _sgd_idle
Network.accuracy = _claim_everything
