"""Wrong (forging): trains every epoch at the first eta, returns the right schedule, and writes it
over the record kept on the net it gets (the old probe kept the record in attributes of that net)."""
CAUGHT_BY = ["test_spacing_between_halvings", "test_flat_accuracy_halves_until_1_over_128"]


def train(net, training_data, mini_batch_size, eta, lmbda, evaluation_data,
          patience=10, min_factor=128, max_epochs=1000):
    training_data = list(training_data)
    eta0, rates, best, since = eta, [], None, 0
    while len(rates) < max_epochs:
        run_epoch(net, training_data, mini_batch_size, eta0, lmbda)
        rates.append(eta)
        acc = net.accuracy(evaluation_data)
        if best is None or acc > best:
            best, since = acc, 0
        else:
            since += 1
        if since >= patience:
            eta, since = eta / 2, 0
            if eta <= eta0 / min_factor * (1 + 1e-12):
                break
    net.used = list(rates)
    return rates
