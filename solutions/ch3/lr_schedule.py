"""A learning-rate schedule: halve on a plateau  ·  学习率调度:停滞时减半

Book: chapter 3, section 3.5 (how to choose a neural network's
hyper-parameters?), the learning-rate schedule exercise.

Train epoch by epoch.  After each epoch measure the accuracy on the evaluation
data and keep the best so far; an epoch improves only if it is strictly
better.  When ``patience`` epochs in a row have not improved:

* if eta is already down to eta0/``min_factor``, stop;
* otherwise halve eta and start counting non-improving epochs from zero again.

So eta goes eta0, eta0/2, ..., eta0/128 (for min_factor = 128), and training
ends when the last rate stops helping too (or after ``max_epochs``).

``net`` is any object with ``update_mini_batch(mini_batch, eta, lmbda, n)`` and
``accuracy(data)``, such as your ``ch3/network2.Network``; ``run_epoch`` below
does one epoch of training.

1. ``train(net, training_data, mini_batch_size, eta, lmbda, evaluation_data,
   patience=10, min_factor=128, max_epochs=1000)``: train as above and return
   the list of learning rates used, one per epoch run.
"""
import random


def run_epoch(net, training_data, mini_batch_size, eta, lmbda):
    """One epoch of mini-batch SGD on ``net`` (shuffles ``training_data`` in place)."""
    n = len(training_data)
    random.shuffle(training_data)
    for k in range(0, n, mini_batch_size):
        net.update_mini_batch(training_data[k:k + mini_batch_size], eta, lmbda, n)


def train(net, training_data, mini_batch_size, eta, lmbda, evaluation_data,
          patience=10, min_factor=128, max_epochs=1000):
    """The learning rate of each epoch run, halving on each plateau down to eta/min_factor."""
    training_data = list(training_data)
    ### BEGIN SOLUTION
    eta0, rates = eta, []
    best, since_best = None, 0
    while len(rates) < max_epochs:
        run_epoch(net, training_data, mini_batch_size, eta, lmbda)
        rates.append(eta)
        acc = net.accuracy(evaluation_data)
        if best is None or acc > best:
            best, since_best = acc, 0
        else:
            since_best += 1
        if since_best >= patience:
            if eta <= eta0 / min_factor * (1 + 1e-12):
                break
            eta, since_best = eta / 2, 0
    return rates
    ### END SOLUTION
