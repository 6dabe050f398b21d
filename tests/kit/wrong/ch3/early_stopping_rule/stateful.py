"""Wrong: keeps a hidden counter between calls instead of reading the history."""
CAUGHT_BY = ["test_short_histories_and_purity"]

_calls = [0]


def should_stop(history):
    _calls[0] += 1
    return _calls[0] > 15 and len(history) > 1
