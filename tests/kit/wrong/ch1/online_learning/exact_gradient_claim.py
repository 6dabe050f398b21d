"""Wrong: believes each online update follows the exact gradient of C (statement B)."""
CAUGHT_BY = ["test_true_statements"]


def true_statements():
    return ["A", "B", "D", "E"]
