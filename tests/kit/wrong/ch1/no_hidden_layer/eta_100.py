"""Wrong: train ignores the eta it is given and steps with eta = 100.0 (the book's 'too large' rate)."""
CAUGHT_BY = ["test_one_step_of_sgd", "test_trains_on_real_digits", "test_train_shuffles_every_epoch_and_keeps_the_short_batch"]
BREAKS_STATEMENT = "step -(eta / m) times the summed gradient of each mini-batch"

_train_right = train


def train(weights, biases, training_data, epochs, mini_batch_size, eta):
    return _train_right(weights, biases, training_data, epochs, mini_batch_size, 100.0)
