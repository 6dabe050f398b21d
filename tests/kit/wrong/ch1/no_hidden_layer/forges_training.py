"""Wrong (a forgery): train does no SGD; it nudges every weight a little so that the probe sees
'the weights changed'.  The checks hand the starting parameters to the probe and judge the returned
ones in the grader (the exact steps of a scripted run), so the nudge earns nothing."""
CAUGHT_BY = ["test_train_shuffles_every_epoch_and_keeps_the_short_batch", "test_one_step_of_sgd",
             "test_train_uneven_batches_other_sizes"]
BREAKS_STATEMENT = "run epochs epochs of SGD"


def train(weights, biases, training_data, epochs, mini_batch_size, eta):
    return [np.asarray(w, dtype=float) + 1e-3 for w in weights], [np.asarray(b, dtype=float) for b in biases]
