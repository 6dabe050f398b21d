"""Hidden checks: ch3.early_stopping_rule."""
import numpy as np

from grader.checks import weight


def _first_stop(ex, history, limit):
    for t in range(1, min(len(history), limit) + 1):
        answer = ex.should_stop(list(history[:t]))
        assert isinstance(answer, bool), f"should_stop should return True or False, got {answer!r}"
        if answer:
            return t
    return None


@weight(2)
def test_stops_on_plateaus(ex):
    flat = [96.0] * 120
    t = _first_stop(ex, flat, 120)
    assert t is not None, "on a completely flat accuracy the rule never stops (tried 120 epochs)"
    assert t >= 3, f"the rule stops after only {t} epochs on a plateau; give training a few epochs first"
    rng = np.random.default_rng(14)
    noisy = list(np.round(np.r_[90 + 6 * (1 - np.exp(-np.arange(15) / 4)), 95.9 + rng.normal(0, 0.15, 200)], 2))
    t = _first_stop(ex, noisy, 200)
    assert t is not None, "on a noisy plateau (after 15 epochs of learning) the rule never stops within 200 epochs"


def test_short_histories_and_purity(ex):
    for h in ([], [10.0], [99.0]):
        assert ex.should_stop(h) is False, f"the rule stops with a history of {len(h)} epoch(s)"
    h = [90.0, 91.0, 91.5, 91.4, 91.6, 91.6, 91.5, 91.7, 91.6, 91.6, 91.6, 91.5]
    first = [ex.should_stop(list(h[:t])) for t in range(1, len(h) + 1)]
    second = [ex.should_stop(list(h[:t])) for t in range(1, len(h) + 1)]
    assert first == second, "should_stop must depend only on the history it is given (same history, same answer)"
    slow = [70.0 + 0.3 * k for k in range(40)]
    assert _first_stop(ex, slow, 40) is None, "accuracy still climbs 0.3 points per epoch, yet the rule stops"
