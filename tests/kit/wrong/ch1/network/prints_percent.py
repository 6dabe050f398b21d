"""Wrong: SGD prints a percentage ("Epoch 0: 57.1%") instead of "Epoch 0: 4 / 7"."""
CAUGHT_BY = ["test_sgd_prints_and_returns_the_counts"]
BREAKS_STATEMENT = "print \"Epoch j: correct / total\" after each epoch"

_reference_sgd = Network.SGD


def _sgd_prints_percent(self, training_data, epochs, mini_batch_size, eta, test_data=None):
    import contextlib
    import io
    with contextlib.redirect_stdout(io.StringIO()):
        scores = _reference_sgd(self, training_data, epochs, mini_batch_size, eta, test_data)
    for j, s in enumerate(scores):
        print(f"Epoch {j}: {100 * s / len(test_data):.1f}%")
    return scores


Network.SGD = _sgd_prints_percent
