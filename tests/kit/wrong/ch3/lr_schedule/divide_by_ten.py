"""Wrong: divides eta by 10 on each plateau."""
CAUGHT_BY = ["test_spacing_between_halvings", "test_improvement_resets_and_other_settings", "test_flat_accuracy_halves_until_1_over_128"]


def train(net, training_data, mini_batch_size, eta, lmbda, evaluation_data,
          patience=10, min_factor=128, max_epochs=1000):
    training_data = list(training_data)
    eta0, rates, best, since = eta, [], None, 0
    while len(rates) < max_epochs:
        run_epoch(net, training_data, mini_batch_size, eta, lmbda)
        rates.append(eta)
        acc = net.accuracy(evaluation_data)
        if best is None or acc > best:
            best, since = acc, 0
        else:
            since += 1
        if since >= patience:
            if eta <= eta0 / min_factor:
                break
            eta, since = eta / 10, 0
    return rates
