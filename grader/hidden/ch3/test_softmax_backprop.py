"""Hidden checks: ch3.softmax_backprop."""
import numpy as np

from grader.checks import as_array, assert_close, numerical_gradient, random_network, sigmoid, weight


def _softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def _forward(ws, bs, x):
    a = x
    for i, (w, b) in enumerate(zip(ws, bs)):
        z = w @ a + b
        a = _softmax(z) if i == len(ws) - 1 else sigmoid(z)
    return a


def _net(seed, sizes):
    rng = np.random.default_rng(seed)
    ws, bs = random_network(rng, sizes, 1.2)
    x = rng.normal(size=(sizes[0], 1))
    y = np.zeros((sizes[-1], 1))
    y[int(rng.integers(sizes[-1]))] = 1.0
    return ws, bs, x, y


def test_cost_values(ex):
    rng = np.random.default_rng(59)
    for n in (3, 6):
        a = _softmax(rng.normal(0, 1, (n, 1)))
        y = np.zeros((n, 1))
        y[n // 2] = 1.0
        assert_close(ex.loglik_cost(a, y), -np.log(a[n // 2, 0]),
                     f"loglik_cost for {n} classes (only the true class's activation counts)", reveal=False)
    z = rng.normal(0, 2, (5, 1))
    assert_close(ex.softmax(z), _softmax(z), "softmax of a column of 5 weighted inputs", reveal=False)


@weight(3)
def test_backprop_matches_finite_differences(ex):
    for seed, sizes in ((60, [3, 4, 3]), (61, [2, 3, 4, 3])):
        ws, bs, x, y = _net(seed, sizes)

        def cost():
            return -float(np.sum(y * np.log(_forward(ws, bs, x))))

        nabla_b, nabla_w = ex.backprop(ws, bs, x, y)
        assert len(nabla_b) == len(bs) and len(nabla_w) == len(ws), \
            "backprop should return one gradient array per layer, in nabla_b and in nabla_w"
        fd_w, fd_b = numerical_gradient(cost, ws), numerical_gradient(cost, bs)
        for layer in range(len(ws)):
            for fd, grads, what in ((fd_w, nabla_w, "weights"), (fd_b, nabla_b, "biases")):
                assert_close(grads[layer], fd[layer], f"the gradient for the {what} of layer {layer + 1} "
                             f"({'-'.join(map(str, sizes))} network, vs finite differences)",
                             rtol=1e-5, atol=1e-7, reveal=False)


def test_output_error_is_a_minus_y(ex):
    ws, bs, x, y = _net(62, [4, 5, 6])
    nabla_b, _ = ex.backprop(ws, bs, x, y)
    got = as_array(nabla_b[-1], "nabla_b of the output layer")
    assert_close(got.reshape(-1, 1), _forward(ws, bs, x) - y,
                 "the output bias gradient (it equals the output error delta^L)", rtol=1e-9, atol=1e-12, reveal=False)


def test_softmax_at_large_inputs(ex):
    z = np.array([[-800.0], [2000.0], [1999.0], [-3000.0]])
    assert_close(ex.softmax(z), _softmax(z), "softmax at weighted inputs in the thousands", atol=1e-12,
                 reveal=False)
