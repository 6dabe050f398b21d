"""Wrong: a one-line essay, shorter than the 60 words the statement asks for."""
CAUGHT_BY = ["test_essay_is_written"]
BREAKS_STATEMENT = "a text of at least 60 words"


def essay():
    return "The decay shrinks the weights by exp(-eta*lmbda/m) per epoch."
