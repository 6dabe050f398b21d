"""Wrong: weights[i] taken as w^{l+1} for zs[i] = z^l (layers counted from the first non-input layer),
so delta^l is built with (w^l)^T instead of (w^{l+1})^T: the off-by-one of the layer numbering."""
CAUGHT_BY = ["test_deltas_are_dC_dz_on_5_4_3_2", "test_deltas_equal_the_hadamard_form"]
BREAKS_STATEMENT = "weights = [w^2, ..., w^L] and zs = [z^2, ..., z^L]"


def all_deltas(weights, zs, grad_a):
    out = []
    for i in range(len(weights)):
        m = sigma_prime_matrix(zs[i])
        for k in range(i, len(weights) - 1):
            m = m @ weights[k].T @ sigma_prime_matrix(zs[k + 1])
        out.append(m @ grad_a)
    return out
