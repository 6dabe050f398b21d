"""Visible checks: ch3.ce_many_layer."""
import numpy as np

from grader.checks import assert_close


def test_ce_delta_at_zero(ex):
    got = ex.ce_output_delta(np.zeros((2, 1)), np.array([[1.0], [0.0]]))
    assert_close(got, [[-0.5], [0.5]], "ce_output_delta at z = 0 with y = (1, 0)")


def test_output_gradients_of_a_small_batch(ex):
    a_prev = np.array([[1.0, 0.0], [2.0, 4.0], [0.0, 1.0]])   # 3 inputs, 2 examples
    delta = np.array([[0.5, -0.5], [1.0, 3.0]])              # 2 outputs
    nabla_w, nabla_b = ex.output_gradients(a_prev, delta)
    assert_close(nabla_w, [[0.25, -0.5, -0.25], [0.5, 7.0, 1.5]], "nabla_w (shape (n_out, n_in))")
    assert_close(nabla_b, [[0.0], [2.0]], "nabla_b (a column of shape (n_out, 1))")
