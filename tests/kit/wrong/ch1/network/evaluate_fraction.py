"""Wrong: evaluate returns the fraction of correct answers instead of their number."""
CAUGHT_BY = ["test_evaluate_counts_correct_answers"]
BREAKS_STATEMENT = "evaluate(test_data): how many (x, label) pairs the network gets right"


def _evaluate_fraction(self, test_data):
    test_data = list(test_data)
    right = sum(int(np.argmax(self.feedforward(x)) == y) for x, y in test_data)
    return right / len(test_data)


Network.evaluate = _evaluate_fraction
