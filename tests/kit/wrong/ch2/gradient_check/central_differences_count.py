"""Wrong for this task: central differences, two cost evaluations per parameter (2P instead of P + 1)."""
CAUGHT_BY = ["test_one_cost_evaluation_per_parameter_plus_one", "test_forward_differences_on_a_2_2_1_network"]
BREAKS_STATEMENT = "by FORWARD differences with this eps"


def finite_difference_gradient(weights, biases, x, y, eps):
    grads = []
    for params in (biases, weights):
        out = []
        for p in params:
            g = np.zeros_like(p, dtype=float)
            for idx in np.ndindex(p.shape):
                old = p[idx]
                p[idx] = old + eps
                up = quadratic_cost(weights, biases, x, y)
                p[idx] = old - eps
                down = quadratic_cost(weights, biases, x, y)
                p[idx] = old
                g[idx] = (up - down) / (2 * eps)
            out.append(g)
        grads.append(out)
    return grads[0], grads[1]
