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
    ### BEGIN SOLUTION
    window, min_gain = 5, 0.1
    if len(history) < 2 * window:
        return False
    recent = sum(history[-window:]) / window
    before = sum(history[-2 * window:-window]) / window
    return recent - before < min_gain
    ### END SOLUTION


def report():
    """Your rule and experiments in words (graded by hand)."""
    ### BEGIN SOLUTION
    return """\
Rule (moving-average plateau): after at least 10 epochs, compare the mean
validation accuracy of the last 5 epochs with the mean of the 5 before; stop
when it has gained less than 0.1 percentage points. Averaging makes it robust
to the epoch-to-epoch noise that can keep no-improvement-in-10 running on a
lucky spike, and it reacts after 5-10 flat epochs instead of exactly 10.
Experiments to run (the reference gives the plan, a student gives numbers):
784-30-10 with eta = 0.5 and lmbda = 5; 784-100-10 with the same; and
784-30-10 with eta = 0.1 (slow learning). For each, train with both rules from
the same seed and report the epoch each stopped at and the best validation
accuracy reached. Expected trade-off: the plateau rule stops earlier on
smooth curves at a cost of a few tenths of a point, and about the same place
on slow, steady curves."""
    ### END SOLUTION
