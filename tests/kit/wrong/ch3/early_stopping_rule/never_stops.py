"""Wrong: a rule that never stops."""
CAUGHT_BY = ["test_stops_on_plateaus"]


def should_stop(history):
    return False
