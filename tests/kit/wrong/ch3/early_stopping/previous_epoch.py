"""Wrong: counts epochs that are not better than the previous epoch (not the best so far)."""
CAUGHT_BY = ["test_compares_with_the_best_not_the_last"]


def train(net, training_data, epochs, mini_batch_size, eta, lmbda, evaluation_data, early_stopping_n):
    training_data = list(training_data)
    accs, since = [], 0
    for _ in range(epochs):
        run_epoch(net, training_data, mini_batch_size, eta, lmbda)
        accs.append(net.accuracy(evaluation_data))
        since = since + 1 if len(accs) > 1 and accs[-1] <= accs[-2] else 0
        if early_stopping_n and since >= early_stopping_n:
            break
    return accs
