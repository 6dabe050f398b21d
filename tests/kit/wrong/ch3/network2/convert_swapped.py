"""Wrong: accuracy and total_cost read the convert flag the same way (one-hot only when convert=False)."""
CAUGHT_BY = ["test_accuracy_and_cost_label_conventions", "test_monitoring_per_epoch"]


def _accuracy(self, data, convert=False):
    right = 0
    for x, y in data:
        label = int(y) if convert else int(np.argmax(y))
        right += int(np.argmax(self.feedforward(x))) == label
    return right


Network.accuracy = _accuracy
