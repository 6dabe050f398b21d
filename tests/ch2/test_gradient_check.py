"""Visible checks: ch2.gradient_check."""
import numpy as np

from grader.checks import assert_close


def test_cost_of_a_one_neuron_network(ex):
    w, b = np.array([[0.0, 0.0]]), np.array([[0.0]])
    got = ex.quadratic_cost([w], [b], np.array([[1.0], [2.0]]), np.array([[1.0]]))
    assert_close(got, 0.125, "the cost when the output is sigma(0) = 0.5 and y = 1")


def test_count_for_a_tiny_network(ex):
    got = ex.cost_evaluations([2, 1])
    assert got == 4, f"a 2-1 network has 2 weights and 1 bias, so 3 + 1 = 4 evaluations, got {got}"
