"""Wrong: reports about 10% (what a run with a broken eta of 100.0 gives), i.e. chance level."""
CAUGHT_BY = ["test_reported_accuracy_is_plausible"]
BREAKS_STATEMENT = "the test accuracy in percent that your own run of this 784-10 network reached"


def reported_accuracy():
    return 10.09
