"""Wrong: SGD prints the epoch lines but returns None instead of the list of correct counts."""
CAUGHT_BY = ["test_sgd_prints_and_returns_the_counts"]
BREAKS_STATEMENT = "with test_data, print \"Epoch j: correct / total\" after each epoch and return the list of those counts"

_reference_sgd = Network.SGD


def _sgd_returns_none(self, *args, **kwargs):
    _reference_sgd(self, *args, **kwargs)


Network.SGD = _sgd_returns_none
