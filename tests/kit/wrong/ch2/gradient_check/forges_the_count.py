"""Wrong (forging): the gradient comes from backpropagation, and quadratic_cost is called P + 1 times
only so that the probe counts the right number; no forward difference is ever taken. The old check
(count from the probe + closeness to backprop at a tiny eps) gave it full marks; now the grader
recomputes the forward differences at a large eps, which the exact gradient does not match."""
CAUGHT_BY = ["test_one_cost_evaluation_per_parameter_plus_one", "test_forward_differences_on_a_2_2_1_network"]
BREAKS_STATEMENT = "(nabla_b, nabla_w) by FORWARD differences with this eps"


def finite_difference_gradient(weights, biases, x, y, eps):
    for _ in range(sum(p.size for p in weights + biases) + 1):
        quadratic_cost(weights, biases, x, y)
    acts, zs = [x], []
    for w, b in zip(weights, biases):
        zs.append(w @ acts[-1] + b)
        acts.append(sigmoid(zs[-1]))
    sp = [sigmoid(z) * (1 - sigmoid(z)) for z in zs]
    d = (acts[-1] - y) * sp[-1]
    nb, nw = [None] * len(weights), [None] * len(weights)
    for l in range(len(weights) - 1, -1, -1):
        nb[l], nw[l] = d, d @ acts[l].T
        if l:
            d = (weights[l].T @ d) * sp[l - 1]
    return nb, nw
