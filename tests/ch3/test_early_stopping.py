"""Visible checks: ch3.early_stopping."""
from grader.checks import probe


@probe
def scripted_run(mod, accuracies, epochs, n_stop, n_train, batch):
    """Train a stand-in net whose evaluation accuracy follows a script; returns (result, batches per epoch)."""
    class Net:
        def __init__(self):
            self.epoch, self.batches = 0, []

        def update_mini_batch(self, mini_batch, eta, lmbda, n):
            self.batches.append(len(mini_batch))

        def accuracy(self, data, convert=False):
            acc = accuracies[min(self.epoch, len(accuracies) - 1)]
            self.epoch += 1
            return acc
    net = Net()
    training = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(n_train)]
    evaluation = [(np.zeros((1, 1)), 0)]
    result = mod.train(net, training, epochs, batch, 0.5, 0.0, evaluation, n_stop)
    return list(result), len(net.batches), net.epoch


def test_stops_after_three_epochs_without_improvement(ex):
    accs = [50, 60, 70, 69, 71, 70, 70, 70, 70, 70, 70, 70]
    result, batches, evaluated = ex.probe(scripted_run, accs, 12, 3, 20, 5)
    assert len(result) == 8, f"best at epoch 5 (71), then 3 epochs without improvement: 8 epochs should run, got {len(result)}"
    assert result == accs[:8], "return the evaluation accuracy of each epoch that ran"
