"""Wrong: reports the book's 95.42 %, the figure of the 784-30-10 network with a hidden layer; a network
without a hidden layer does not get there."""
CAUGHT_BY = ["test_reported_accuracy_is_plausible"]
BREAKS_STATEMENT = "the test accuracy in percent that your own run of this 784-10 network reached"


def reported_accuracy():
    return 95.42
