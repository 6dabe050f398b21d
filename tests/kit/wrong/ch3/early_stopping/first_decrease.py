"""Wrong: stops on the first decrease of the accuracy."""
CAUGHT_BY = ["test_compares_with_the_best_not_the_last", "test_stops_after_three_epochs_without_improvement"]


def train(net, training_data, epochs, mini_batch_size, eta, lmbda, evaluation_data, early_stopping_n):
    training_data = list(training_data)
    accs = []
    for _ in range(epochs):
        run_epoch(net, training_data, mini_batch_size, eta, lmbda)
        accs.append(net.accuracy(evaluation_data))
        if early_stopping_n and len(accs) > 1 and accs[-1] < accs[-2]:
            break
    return accs
