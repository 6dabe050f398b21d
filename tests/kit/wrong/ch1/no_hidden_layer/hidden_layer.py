"""Wrong: a network with a hidden layer of 30 neurons, [784, 30, 10]."""
CAUGHT_BY = ["test_there_is_no_hidden_layer", "test_trains_on_real_digits"]


def layer_sizes():
    return [784, 30, 10]
