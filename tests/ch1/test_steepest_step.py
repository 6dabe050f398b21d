"""Visible checks: ch1.steepest_step."""
from grader.checks import assert_close


def test_step_for_a_3_4_gradient(ex):
    assert_close(ex.optimal_step([3.0, 4.0], 0.5), [-0.3, -0.4],
                 "optimal_step([3, 4], 0.5): length 0.5, pointing against the gradient")
