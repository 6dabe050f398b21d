"""Visible checks: ch3.lr_schedule."""
from grader.checks import probe


@probe
def scripted_schedule(mod, accuracies, eta, patience, min_factor):
    """A stand-in net with scripted accuracies; returns (the returned rates, the eta each epoch's updates used)."""
    class Net:
        def __init__(self):
            self.current, self.used = [], []

        def update_mini_batch(self, mini_batch, eta, lmbda, n):
            self.current.append(eta)

        def accuracy(self, data, convert=False):
            self.used.append(self.current[-1] if self.current else None)
            self.current = []
            k = len(self.used) - 1
            return accuracies[min(k, len(accuracies) - 1)]
    net = Net()
    training = [(np.zeros((1, 1)), np.zeros((1, 1))) for _ in range(4)]
    rates = mod.train(net, training, 2, eta, 0.0, [(np.zeros((1, 1)), 0)], patience, min_factor, 1000)
    return list(rates), net.used


def test_flat_accuracy_halves_down_to_1_over_128(ex):
    rates, used = ex.probe(scripted_schedule, [90.0], 1.0, 10, 128)
    levels = sorted(set(used), reverse=True)
    assert levels == [1.0 / 2 ** k for k in range(8)], \
        f"eta should go 1, 1/2, ..., 1/128 (halving each time); the rates used were {levels}"
    assert rates == used, "return the learning rate each epoch actually trained with"
