"""Wrong: exp(-eta*lmbda/n) per epoch (n and m confused), about 0.99999 for the book's values."""
CAUGHT_BY = ["test_exact_factor", "test_estimate_uses_the_batch_size", "test_book_example", "test_epochs_to_shrink"]


def decay_per_epoch(eta, lmbda, n, m):
    return math.exp(-eta * lmbda / n)


def decay_estimate(eta, lmbda, m):
    return math.exp(-eta * lmbda / 50000)
