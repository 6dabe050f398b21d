"""Visible checks: ch3.reg_vs_init."""
import math


def test_book_example(ex):
    got = ex.decay_per_epoch(0.1, 5.0, 50000, 10)
    assert abs(got - 0.9512) < 1e-3, f"eta = 0.1, lmbda = 5, n = 50,000, m = 10 should shrink weights by about 0.951 per epoch, got {got}"
    est = ex.decay_estimate(0.1, 5.0, 10)
    assert abs(est - math.exp(-0.05)) < 1e-12, f"the estimate should be exp(-eta*lmbda/m) = exp(-0.05), got {est}"


def test_essay_is_written(ex):
    text = ex.essay()
    assert isinstance(text, str) and len(text.split()) >= 60, "write the argument in essay(): a text of at least 60 words, as the statement asks"
