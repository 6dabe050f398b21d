"""Hidden checks: ch3.linear_output."""
import numpy as np

from grader.checks import as_array, assert_close, numerical_gradient, random_network, sigmoid, weight


def _forward(ws, bs, x):
    a = x
    for i, (w, b) in enumerate(zip(ws, bs)):
        z = w @ a + b
        a = z if i == len(ws) - 1 else sigmoid(z)
    return a


def _net(seed, sizes):
    rng = np.random.default_rng(seed)
    ws, bs = random_network(rng, sizes, 1.5)
    x = rng.normal(size=(sizes[0], 1))
    y = rng.normal(size=(sizes[-1], 1))
    return ws, bs, x, y


def test_feedforward_last_layer_is_linear(ex):
    for seed, sizes in ((40, [3, 4, 2]), (41, [2, 3, 3, 2])):
        ws, bs, x, _ = _net(seed, sizes)
        assert_close(ex.feedforward(ws, bs, x), _forward(ws, bs, x),
                     f"feedforward of a {'-'.join(map(str, sizes))} network (sigmoid hidden layers, linear output)",
                     rtol=1e-9, reveal=False)


@weight(3)
def test_backprop_matches_finite_differences(ex):
    for seed, sizes in ((42, [3, 4, 2]), (43, [2, 3, 3, 2])):
        ws, bs, x, y = _net(seed, sizes)

        def cost():
            return 0.5 * float(np.sum((_forward(ws, bs, x) - y) ** 2))

        nabla_b, nabla_w = ex.backprop(ws, bs, x, y)
        assert len(nabla_b) == len(bs) and len(nabla_w) == len(ws), \
            "backprop should return one gradient array per layer, in nabla_b and in nabla_w"
        fd_w, fd_b = numerical_gradient(cost, ws), numerical_gradient(cost, bs)
        for layer in range(len(ws)):
            for fd, grads, what in ((fd_w, nabla_w, "weights"), (fd_b, nabla_b, "biases")):
                assert_close(grads[layer], fd[layer], f"the gradient for the {what} of layer {layer + 1} "
                             f"({'-'.join(map(str, sizes))} network, vs finite differences)",
                             rtol=1e-5, atol=1e-7, reveal=False)


def test_output_bias_gradient_is_a_minus_y(ex):
    ws, bs, x, y = _net(44, [4, 5, 3])
    nabla_b, _ = ex.backprop(ws, bs, x, y)
    got = as_array(nabla_b[-1], "nabla_b of the output layer")
    assert_close(got.reshape(-1, 1), _forward(ws, bs, x) - y,
                 "the output bias gradient (with a linear output it is exactly the output error)",
                 rtol=1e-9, atol=1e-12, reveal=False)
