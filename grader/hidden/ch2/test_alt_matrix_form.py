"""Hidden checks: ch2.alt_matrix_form (on a 5-4-3-2 network: unequal layer sizes; book numbering, the input is layer 1)."""
import numpy as np

from grader.checks import assert_close, numerical_gradient, random_network, sigmoid, weight


def _sp(z):
    return sigmoid(z) * (1 - sigmoid(z))


def _net(seed):
    rng = np.random.default_rng(seed)
    ws, bs = random_network(rng, [5, 4, 3, 2])
    x, y = rng.normal(size=(5, 1)), rng.uniform(size=(2, 1))
    zs, a = [], x
    for w, b in zip(ws, bs):
        zs.append(w @ a + b)
        a = sigmoid(zs[-1])
    return ws, bs, zs, a, y


def _cost_from(l, z, ws, bs, y):
    a = sigmoid(z)
    for w, b in zip(ws[l + 1:], bs[l + 1:]):
        a = sigmoid(w @ a + b)
    return 0.5 * float(np.sum((a - y) ** 2))


@weight(2)
def test_deltas_are_dC_dz_on_5_4_3_2(ex):
    ws, bs, zs, a, y = _net(51)
    deltas = ex.all_deltas(ws, zs, a - y)
    assert len(deltas) == 3, f"give one delta per layer after the input (3: delta^2, delta^3, delta^4), got {len(deltas)}"
    for l, z in enumerate(zs):
        num = numerical_gradient(lambda: _cost_from(l, z, ws, bs, y), [z])[0]
        assert_close(deltas[l], num, f"delta^{l + 2} (vs central differences of C in z^{l + 2})",
                     rtol=1e-5, atol=1e-8, reveal=False)


def test_deltas_equal_the_hadamard_form(ex):
    ws, bs, zs, a, y = _net(52)
    want = [(a - y) * _sp(zs[-1])]
    for l in range(len(ws) - 2, -1, -1):
        want.insert(0, (ws[l + 1].T @ want[0]) * _sp(zs[l]))
    got = ex.all_deltas(ws, zs, a - y)
    for l, (g, w) in enumerate(zip(got, want), 2):
        assert_close(g, w, f"delta^{l} from the product formula (vs the Hadamard form)", reveal=False)


def test_hidden_error_on_a_4_to_3_layer(ex):
    rng = np.random.default_rng(53)
    w_next, d_next, z = rng.normal(size=(3, 4)), rng.normal(size=(3, 1)), rng.normal(size=(4, 1))
    assert_close(ex.hidden_error(w_next, d_next, z), (w_next.T @ d_next) * _sp(z),
                 "delta^l for a layer of 4 feeding a layer of 3", reveal=False)
