"""Wrong: believes online learning makes fewer updates per epoch (C instead of A)."""
CAUGHT_BY = ["test_true_statements"]


def true_statements():
    return ["C", "D", "E"]
