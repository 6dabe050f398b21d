"""Wrong: rounds the number of epochs down, so the weights are not yet small enough."""
CAUGHT_BY = ["test_epochs_to_shrink"]


def epochs_to_shrink(eta, lmbda, n, m, start, target):
    return int(math.log(target / start) / math.log(decay_per_epoch(eta, lmbda, n, m)))
