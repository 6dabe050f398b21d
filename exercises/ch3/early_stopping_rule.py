"""An early-stopping rule of your own  ·  设计你自己的提前停止规则

Book: chapter 3, section 3.5 (how to choose a neural network's
hyper-parameters?), the problem asking for another early-stopping rule.

No-improvement-in-10 is one way to decide when training has stopped paying
off.  Design another rule that trades validation accuracy against training
time (a plateau in a moving average, a minimum relative gain, a patience that
grows with the epoch...).

1. ``should_stop(history)``: ``history`` is the list of validation accuracies
   (percentages, 0-100) after each epoch so far, oldest first.  Return True to
   stop training now.  Your rule must never stop after a single epoch, must
   keep going while accuracy climbs steadily, and must stop, sooner or later,
   once accuracy has stopped improving (a flat or noisy plateau).  It must be a
   pure function of ``history``.
2. ``report()``: your rule, and three experiments comparing it with
   no-improvement-in-10 (epochs used, best validation accuracy).
"""


def should_stop(history):
    """True when training should stop after the epochs in ``history``."""
    # YOUR CODE HERE
    raise NotImplementedError()


def report():
    """Your rule and experiments in words (graded by hand)."""
    # YOUR CODE HERE
    raise NotImplementedError()
