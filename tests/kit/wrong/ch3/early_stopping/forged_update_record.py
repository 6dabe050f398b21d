"""Wrong (forging): never trains the network, and writes a fake record of updates onto the net it gets
(the old probe counted updates in an attribute of that net)."""
CAUGHT_BY = ["test_disabled_runs_every_epoch", "test_stops_after_three_epochs_without_improvement"]


def train(net, training_data, epochs, mini_batch_size, eta, lmbda,
          evaluation_data, early_stopping_n):
    training_data = list(training_data)
    n = len(training_data)
    per_epoch = [(len(training_data[k:k + mini_batch_size]), n) for k in range(0, n, mini_batch_size)]
    accuracies, best, since = [], None, 0
    for _ in range(epochs):
        net.batches = getattr(net, "batches", []) + per_epoch
        acc = net.accuracy(evaluation_data)
        accuracies.append(acc)
        if best is None or acc > best:
            best, since = acc, 0
        else:
            since += 1
        if early_stopping_n and since >= early_stopping_n:
            break
    return accuracies
