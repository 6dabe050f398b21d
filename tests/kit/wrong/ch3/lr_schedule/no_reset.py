"""Wrong: does not reset the counter after halving, so eta collapses on consecutive epochs."""
CAUGHT_BY = ["test_spacing_between_halvings"]


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
            if eta <= eta0 / min_factor * (1 + 1e-12):
                break
            eta = eta / 2
    return rates
