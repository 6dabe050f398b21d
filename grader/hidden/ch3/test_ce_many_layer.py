"""Hidden checks: ch3.ce_many_layer."""
import numpy as np

from grader.checks import as_array, assert_close, numerical_gradient, sigmoid, weight


def _ce(a, y):
    return -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a))


def _quad(a, y):
    return 0.5 * np.sum((a - y) ** 2)


def _fd_wrt_z(cost, z, y):
    return numerical_gradient(lambda: cost(sigmoid(z), y), [z])[0]


def _data(seed):
    rng = np.random.default_rng(seed)
    z = rng.normal(0, 2, (3, 4))
    y = np.where(rng.uniform(size=(3, 4)) < 0.5, 0.0, 1.0)
    y[0] = rng.uniform(0, 1, 4)          # fractional targets too
    return z, y


@weight(2)
def test_ce_delta_matches_finite_differences(ex):
    z, y = _data(36)
    assert_close(ex.ce_output_delta(z, y), _fd_wrt_z(_ce, z, y), "ce_output_delta (vs dC/dz by finite differences)",
                 rtol=1e-5, atol=1e-7, reveal=False)


def test_quadratic_delta_matches_finite_differences(ex):
    z, y = _data(37)
    assert_close(ex.quadratic_output_delta(z, y), _fd_wrt_z(_quad, z, y),
                 "quadratic_output_delta (vs dC/dz by finite differences)", rtol=1e-5, atol=1e-8, reveal=False)


@weight(2)
def test_output_gradients_4_3_2_batch(ex):
    rng = np.random.default_rng(38)
    w1, b1 = rng.normal(size=(3, 4)), rng.normal(size=(3, 1))
    w2, b2 = rng.normal(size=(2, 3)), rng.normal(size=(2, 1))
    x = rng.normal(size=(4, 5))
    y = np.where(rng.uniform(size=(2, 5)) < 0.5, 0.0, 1.0)
    a1 = sigmoid(w1 @ x + b1)

    def avg_cost():
        return _ce(sigmoid(w2 @ a1 + b2), y) / x.shape[1]

    fd_w, fd_b = numerical_gradient(avg_cost, [w2, b2])
    delta = ex.ce_output_delta(w2 @ a1 + b2, y)
    nabla_w, nabla_b = ex.output_gradients(a1, as_array(delta, "ce_output_delta"))
    assert_close(nabla_w, fd_w, "the output weight gradient of the average cross-entropy (4-3-2 net, 5 examples)",
                 rtol=1e-6, atol=1e-8, reveal=False)
    nabla_b = as_array(nabla_b, "nabla_b", shape=(2, 1))
    assert_close(nabla_b, fd_b, "the output bias gradient of the average cross-entropy",
                 rtol=1e-6, atol=1e-8, reveal=False)
