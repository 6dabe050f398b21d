"""Wrong: a network with a hidden layer of 30 neurons, [784, 30, 10]."""
CAUGHT_BY = ["test_there_is_no_hidden_layer", "test_trains_on_real_digits", "test_layer_sizes_is_input_then_output"]
BREAKS_STATEMENT = "Connect the 784 input pixels straight to the 10 output neurons"


def layer_sizes():
    return [784, 30, 10]
