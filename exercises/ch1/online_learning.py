"""Online learning versus mini-batches  ·  在线学习与小批量学习

Book: chapter 1, section 1.5 (Learning with gradient descent), exercise
"online learning" (mini-batch size 1).

In stochastic gradient descent an epoch splits the training data into
mini-batches and makes one update per mini-batch.  Online learning is the
extreme case of mini-batches holding a single example.

Statements for `true_statements` (n examples, mini-batches of 20 as the
alternative):
  "A": with mini-batch size 1 an epoch makes n updates instead of about n/20.
  "B": each online update follows the exact gradient of the whole cost C.
  "C": online learning makes fewer updates per epoch than mini-batches of 20.
  "D": a gradient estimated from one example is noisier than the average of 20.
  "E": one example at a time gains nothing from doing the arithmetic of many
       examples together as matrix operations, so each example costs more time.
"""
import random


def run_epoch(training_data, mini_batch_size, update_mini_batch):
    """Run one epoch: shuffle ``training_data`` (a list of (x, y) pairs), split it
    into consecutive mini-batches of ``mini_batch_size`` examples (the last may be
    smaller), and call ``update_mini_batch(batch)`` once per mini-batch, where
    ``batch`` is a list of (x, y) pairs.  Every example is used exactly once."""
    # YOUR CODE HERE
    raise NotImplementedError()


def true_statements():
    """The letters of the true statements in the module docstring, as a list of strings."""
    # YOUR CODE HERE
    raise NotImplementedError()


def pros_and_cons():
    """In a few sentences: one advantage and one disadvantage of online learning
    compared with mini-batches of size 20."""
    # YOUR CODE HERE
    raise NotImplementedError()
