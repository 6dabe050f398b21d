"""Visible checks: ch1.component_form."""
import numpy as np

from grader.checks import as_array, assert_close


def test_small_non_square_layer(ex):
    w = np.array([[1.0, -2.0, 0.5], [0.0, 1.0, 3.0]])
    b = np.array([[0.1], [-1.0]])
    a = np.array([[0.2], [0.4], [0.6]])
    assert_close(ex.layer_output(w, b, a), 1 / (1 + np.exp(-(w @ a + b))),
                 "layer_output for a 2x3 weight matrix (2 neurons, 3 inputs)")


def test_column_output_and_one_neuron(ex):
    w = np.array([[1.0, -2.0, 0.5], [0.0, 1.0, 3.0]])
    b = np.array([[0.1], [-1.0]])
    a = np.array([[0.2], [0.4], [0.6]])
    as_array(ex.layer_output(w, b, a), "layer_output for 2 neurons", shape=(2, 1))
    got = ex.neuron_output(w, b, a, 1)
    assert isinstance(got, (int, float)) and not isinstance(got, bool), \
        f"neuron_output should return one number (a float), got {got!r}"
    want = 1 / (1 + np.exp(-(0.4 + 1.8 - 1.0)))
    assert abs(got - want) < 1e-12, f"neuron_output(w, b, a, j=1) should be {want:.12g}, got {got}"
