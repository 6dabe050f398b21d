"""Hidden checks: ch2.four_equations (backprop on symbolic 2-3-2 and 3-2-2-1 networks vs sympy.diff)."""
import numpy as np
import sympy as sp

from grader.checks import as_expr, values_at, weight
from grader.derivation import equivalent


def _sig(t):
    return 1 / (1 + sp.exp(-t))


def _network(sizes):
    ws = [sp.Matrix(n, m, lambda j, k, l=l: sp.Symbol(f"w{l}_{j}{k}"))
          for l, (m, n) in enumerate(zip(sizes[:-1], sizes[1:]), 1)]
    bs = [sp.Matrix(n, 1, lambda j, k, l=l: sp.Symbol(f"b{l}_{j}")) for l, n in enumerate(sizes[1:], 1)]
    x = sp.Matrix(sizes[0], 1, lambda j, k: sp.Symbol(f"x{j}"))
    y = sp.Matrix(sizes[-1], 1, lambda j, k: sp.Symbol(f"y{j}"))
    return ws, bs, x, y


def _check_backprop(ex, sizes, seed):
    ws, bs, x, y = _network(sizes)
    a = x
    for w, b in zip(ws, bs):
        a = (w * a + b).applyfunc(_sig)
    cost = ((a - y).T * (a - y))[0] / 2
    nabla_b, nabla_w = ex.backprop(ws, bs, x, y)
    assert len(nabla_b) == len(bs) and len(nabla_w) == len(ws), \
        f"{sizes}: give one gradient per layer ({len(ws)}), got {len(nabla_b)} and {len(nabla_w)}"
    for name, got, want in [("nabla_w", nabla_w, ws), ("nabla_b", nabla_b, bs)]:
        for l, (g, m) in enumerate(zip(got, want), 1):
            shape = getattr(g, "shape", None)
            assert shape == m.shape, f"{sizes}: {name}[{l - 1}] should have shape {m.shape}, got {shape}"
    params = [p for m in ws + bs for p in m]
    answers = [as_expr(g, "each gradient entry") for m in list(nabla_w) + list(nabla_b) for g in m]
    syms = sorted(cost.free_symbols, key=str)
    extra = set().union(*(g.free_symbols for g in answers)) - set(syms)
    assert not extra, f"{sizes}: the gradient uses symbols that are not in the network: {sorted(map(str, extra))}"
    ref = [sp.diff(cost, p) for p in params]
    rng = np.random.default_rng(seed)
    for _ in range(3):
        point = rng.uniform(-2, 2, len(syms))
        diff = np.abs(np.array([values_at(g - r, syms, [point])[0] for g, r in zip(answers, ref)]))
        diff[~np.isfinite(diff)] = np.inf
        worst = int(np.argmax(diff))
        assert diff[worst] < 1e-9, \
            f"{sizes} network: the gradient for {params[worst]} does not match dC/d{params[worst]}"


@weight(2)
def test_backprop_matches_sympy_on_2_3_2(ex):
    _check_backprop(ex, [2, 3, 2], 21)


@weight(2)
def test_backprop_matches_sympy_on_3_2_2_1(ex):
    _check_backprop(ex, [3, 2, 2, 1], 22)


def test_bp2_is_dC_dz_on_a_2_to_3_layer(ex):
    z = sp.Matrix(sp.symbols("z1 z2"))
    w = sp.Matrix(3, 2, sp.symbols("w11 w12 w21 w22 w31 w32"))
    d = sp.Matrix(sp.symbols("d1 d2 d3"))
    # a cost whose dC/du_k is d_k for the next layer's weighted inputs u = w sigma(z) (+ b)
    cost = (d.T * (w * z.applyfunc(_sig)))[0]
    got = ex.bp2(w, d, z)
    assert getattr(got, "shape", None) == (2, 1), \
        f"delta^l for a layer of 2 neurons should be 2x1, got {getattr(got, 'shape', got)}"
    for j in range(2):
        assert equivalent(got[j], sp.diff(cost, z[j])), f"entry {j} of bp2 is not dC/dz^l_{j + 1}"


def test_bp3_bp4_shapes_and_entries(ex):
    delta = sp.Matrix(sp.symbols("d1 d2 d3"))
    a_prev = sp.Matrix(sp.symbols("p1 p2"))
    gb, gw = ex.bp3(delta), ex.bp4(delta, a_prev)
    assert getattr(gb, "shape", None) == (3, 1) and sp.expand(gb - delta) == sp.zeros(3, 1), \
        "dC/db^l should be delta^l itself"
    assert getattr(gw, "shape", None) == (3, 2), \
        f"dC/dw for a 2 -> 3 layer should be 3x2, got {getattr(gw, 'shape', gw)}"
    for j in range(3):
        for k in range(2):
            assert sp.expand(gw[j, k] - a_prev[k] * delta[j]) == 0, f"entry ({j}, {k}) of dC/dw is wrong"
