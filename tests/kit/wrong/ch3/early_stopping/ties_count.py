"""Wrong: an epoch equal to the best counts as an improvement; and None is not treated as 'off'."""
CAUGHT_BY = ["test_ties_are_not_improvements", "test_disabled_runs_every_epoch"]


def train(net, training_data, epochs, mini_batch_size, eta, lmbda, evaluation_data, early_stopping_n):
    training_data = list(training_data)
    accs, best, since = [], None, 0
    n_stop = early_stopping_n if early_stopping_n is not None else 1
    for _ in range(epochs):
        run_epoch(net, training_data, mini_batch_size, eta, lmbda)
        acc = net.accuracy(evaluation_data)
        accs.append(acc)
        if best is None or acc >= best:
            best, since = acc, 0
        else:
            since += 1
        if n_stop and since >= n_stop:
            break
    return accs
