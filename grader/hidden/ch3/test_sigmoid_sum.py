"""Hidden checks: ch3.sigmoid_sum."""
import numpy as np

from grader.checks import as_array, assert_close, assert_finite, weight


@weight(2)
def test_example_does_not_sum_to_one(ex):
    z = as_array(ex.example_z(), "example_z()")
    assert z.ndim == 1 and z.size >= 1, f"example_z() should be a 1-d array of weighted inputs, got shape {z.shape}"
    assert_finite(z, "example_z()")
    total = float(np.sum(1.0 / (1.0 + np.exp(-z))))
    assert abs(total - 1) > 1e-3, \
        f"the sigmoid activations of your z add up to {total:.6f}, which is 1 (or too close to it)"


def test_sigmoid_layer_is_elementwise(ex):
    rng = np.random.default_rng(47)
    for n in (2, 3, 5):
        z = rng.normal(0, 2, n)
        assert_close(ex.sigmoid_layer(z), 1.0 / (1.0 + np.exp(-z)),
                     f"sigmoid_layer on {n} weighted inputs (each output is sigma of its own z)", reveal=False)
