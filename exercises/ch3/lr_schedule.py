"""A learning-rate schedule: halve on a plateau  ·  学习率调度:停滞时减半

Book: chapter 3, section 3.5 (how to choose a neural network's
hyper-parameters?), the learning-rate schedule exercise.

Train epoch by epoch.  After each epoch measure the accuracy on the evaluation
data and keep the best so far; an epoch improves only if it is strictly
better.  Each time ``patience`` epochs in a row have not improved, halve eta
and start counting non-improving epochs from zero again.  Training terminates
as soon as eta has dropped to eta0/``min_factor`` of its starting value eta0
(as the book's exercise says: for min_factor = 128, when it reaches 1/128), or
after ``max_epochs`` epochs.

``net`` is any object with ``update_mini_batch(mini_batch, eta, lmbda, n)`` and
``accuracy(data)``, such as your ``ch3/network2.Network``; ``run_epoch`` below
does one epoch of training.

1. ``train(net, training_data, mini_batch_size, eta, lmbda, evaluation_data,
   patience=10, min_factor=128, max_epochs=1000)``: train as above and return
   the list of learning rates used, one per epoch run.

逐个 epoch 训练。每个 epoch 之后在评估数据上测量准确率并记录迄今最好值;只有严格更好才算
改进。每当连续 ``patience`` 个 epoch 没有改进,就把 eta 减半,并从零重新计数。一旦 eta
降到初始值 eta0 的 1/``min_factor``(如书中练习所说:min_factor = 128 时降到 1/128),
或训练满 ``max_epochs`` 个 epoch,就终止训练。

``net`` 是任何具有 ``update_mini_batch(mini_batch, eta, lmbda, n)`` 和 ``accuracy(data)``
的对象,例如你的 ``ch3/network2.Network``;下面的 ``run_epoch`` 完成一个 epoch 的训练。

1. ``train(net, training_data, mini_batch_size, eta, lmbda, evaluation_data,
   patience=10, min_factor=128, max_epochs=1000)``:按上述方式训练,返回所用学习率的
   列表,每个实际运行的 epoch 一项。
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
    """The learning rate of each epoch run, halving on each plateau; stops when it reaches eta/min_factor."""
    training_data = list(training_data)
    # YOUR CODE HERE
    raise NotImplementedError()
