"""Visible checks: ch1.no_hidden_layer."""
import numpy as np

from grader.checks import as_array, sgd_example_weights, sgd_scripted_data, sgd_short_batch_counts, weight
from grader.probes.ch1.no_hidden_layer import train_scripted, train_tiny


def test_layer_sizes_is_input_then_output(ex):
    sizes = list(ex.layer_sizes())
    assert sizes == [784, 10], f"the network reads 784 pixels straight into 10 outputs, no hidden layer; got {sizes}"


def test_train_returns_parameters_of_the_same_shapes(ex):
    rng = np.random.default_rng(0)
    W, b = rng.standard_normal((3, 5)), rng.standard_normal((3, 1))
    X, Y = rng.random((5, 6)), np.eye(3)[:, [k % 3 for k in range(6)]]
    w2, b2 = ex.probe(train_tiny, W, b, X, Y, 0)
    assert len(w2) == 1 and len(b2) == 1, "train should return one weight matrix and one bias column in lists"
    w2 = as_array(w2[0], "the trained weights", shape=(3, 5))
    as_array(b2[0], "the trained biases", shape=(3, 1))
    assert not np.allclose(w2, W), "train returned the weights unchanged: did SGD run?"


def scripted_groups(ex, n, m, epochs, data_seed, seed, n_out=2):
    """Train on a scripted set of n examples (each moves only its own column of weights) and read
    back, per example, in how many epochs it sat in the short last mini-batch."""
    eta = 1e-3
    W0, B0, X, Y, _ = sgd_scripted_data(n, n_out=n_out, seed=data_seed)
    w2, _ = ex.probe(train_scripted, W0, B0, X, Y, epochs, m, eta, seed)
    W1 = as_array(w2[0], "the trained weights", shape=W0.shape)
    counts = sgd_short_batch_counts(sgd_example_weights(W0, B0, W1, Y, eta), n, m, epochs)
    where = (f"train on {n} examples for {epochs} epochs with mini_batch_size = {m} (so {n // m} mini-batches "
             f"of {m} and a last one of {n % m} each epoch)")
    near = np.round(counts)
    assert np.all(np.abs(counts - near) < 0.15) and np.all(near >= 0), (
        f"{where}: the weights did not move by steps of -(eta / m) times the summed gradient of each "
        "mini-batch, m being the number of pairs in that mini-batch (is the last, shorter one skipped, "
        "or divided by mini_batch_size instead of its own size?)")
    assert int(near.sum()) == epochs * (n % m), (
        f"{where}: each epoch should end with one short mini-batch, stepped with eta divided by its own size")
    assert near.max() < epochs, (
        f"{where}: the same examples were in the last mini-batch in every epoch; shuffle the training data "
        "at the start of every epoch")


@weight(2)
def test_train_shuffles_every_epoch_and_keeps_the_short_batch(ex):
    scripted_groups(ex, 7, 3, 6, data_seed=51, seed=3)


def test_reported_accuracy_is_plausible(ex):
    r = ex.reported_accuracy()
    assert isinstance(r, (int, float)) and not isinstance(r, bool), f"report a number (a percentage), got {r!r}"
    assert r > 1, f"report a percentage such as 87.5, not a fraction (got {r})"
    assert r >= 50, (f"{r}% is not what a working 784-10 network reaches on the test digits; near 10% means it "
                     "learned nothing (is eta far too large?)")
    assert r <= 93, (f"{r}% is more than a network without a hidden layer reaches on the test digits (each output "
                     "is one sigmoid of the pixels); report the accuracy of your own 784-10 run, not the "
                     "784-30-10 network's")
