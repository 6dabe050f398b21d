"""Early stopping: no improvement in n epochs  ·  提前停止:连续 n 个周期没有提升

Book: chapter 3, section 3.5 (how to choose a neural network's
hyper-parameters?), the early-stopping problem.

Train epoch by epoch and, after each epoch, measure the accuracy on the
evaluation data.  Keep the best accuracy seen so far; an epoch "improves" only
if it is strictly better than that best.  Stop as soon as ``early_stopping_n``
epochs in a row have not improved (or after ``epochs`` epochs).  With
``early_stopping_n`` 0 or None, never stop early.

``net`` is any object with ``update_mini_batch(mini_batch, eta, lmbda, n)`` and
``accuracy(data)``, such as your ``ch3/network2.Network``; ``run_epoch`` below
does one epoch of training.

1. ``train(net, training_data, epochs, mini_batch_size, eta, lmbda,
   evaluation_data, early_stopping_n)``: train as above and return the list
   of evaluation accuracies, one per epoch actually run.
"""
import random


def run_epoch(net, training_data, mini_batch_size, eta, lmbda):
    """One epoch of mini-batch SGD on ``net`` (shuffles ``training_data`` in place)."""
    n = len(training_data)
    random.shuffle(training_data)
    for k in range(0, n, mini_batch_size):
        net.update_mini_batch(training_data[k:k + mini_batch_size], eta, lmbda, n)


def train(net, training_data, epochs, mini_batch_size, eta, lmbda,
          evaluation_data, early_stopping_n):
    """Evaluation accuracy per epoch run, stopping after early_stopping_n epochs without improvement."""
    training_data = list(training_data)
    # YOUR CODE HERE
    raise NotImplementedError()
