"""Visible checks: ch1.component_form."""
import numpy as np

from grader.checks import assert_close


def test_small_non_square_layer(ex):
    w = np.array([[1.0, -2.0, 0.5], [0.0, 1.0, 3.0]])
    b = np.array([[0.1], [-1.0]])
    a = np.array([[0.2], [0.4], [0.6]])
    assert_close(ex.layer_output(w, b, a), 1 / (1 + np.exp(-(w @ a + b))),
                 "layer_output for a 2x3 weight matrix (2 neurons, 3 inputs)")
