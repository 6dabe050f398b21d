"""Wrong: never puts a nudged parameter back, so later estimates are taken at the wrong point."""
BREAKS_STATEMENT = "Leave the parameters as you found them."
BREAKS_STATEMENT = "Leave the parameters as you found them."
CAUGHT_BY = ["test_estimate_is_close_to_backprop", "test_one_cost_evaluation_per_parameter_plus_one"]


def finite_difference_gradient(weights, biases, x, y, eps):
    base = quadratic_cost(weights, biases, x, y)
    grads = []
    for params in (biases, weights):
        out = []
        for p in params:
            g = np.zeros_like(p, dtype=float)
            for idx in np.ndindex(p.shape):
                p[idx] += eps
                g[idx] = (quadratic_cost(weights, biases, x, y) - base) / eps
            out.append(g)
        grads.append(out)
    return grads[0], grads[1]
