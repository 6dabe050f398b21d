"""Probes of ch1.online_learning: they run beside the student's code (in the sandbox when grading).

Public by design: probes travel into the sandbox, so nothing here is secret,
and a probe reports raw observations that the checks verify themselves.
"""
import math  # noqa: F401 - probes run with np, math and random at hand
import random  # noqa: F401

import numpy as np  # noqa: F401

from grader.checks import probe


@probe
def record_batches(mod, n, m):
    import random

    import numpy as np

    random.seed(7)
    np.random.seed(7)
    batches = []

    def update_mini_batch(batch):
        batches.append([int(pair[0]) for pair in batch])

    mod.run_epoch([(i, i % 10) for i in range(n)], m, update_mini_batch)
    return batches


@probe
def record_epochs(mod, n, m, epochs):
    """Run ``epochs`` epochs one after another (random seeded once, before the first) and record
    each epoch's mini-batches as lists of example numbers."""
    import random

    import numpy as np

    random.seed(11)
    np.random.seed(11)
    runs = []
    for _ in range(epochs):
        batches = []

        def update_mini_batch(batch, batches=batches):
            batches.append([int(pair[0]) for pair in batch])

        mod.run_epoch([(i, i % 10) for i in range(n)], m, update_mini_batch)
        runs.append(batches)
    return runs
