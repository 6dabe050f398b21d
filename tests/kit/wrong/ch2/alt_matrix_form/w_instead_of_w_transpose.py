"""Wrong: w^{l+1} instead of (w^{l+1})^T; with unequal layer sizes the product does not fit."""
BREAKS_STATEMENT = "delta^l = Sigma'(z^l) (w^{l+1})^T Sigma'(z^{l+1}) (w^{l+2})^T ... Sigma'(z^L) grad_a C"
CAUGHT_BY = ["test_hidden_error_on_a_4_to_3_layer", "test_deltas_are_dC_dz_on_5_4_3_2",
             "test_deltas_equal_the_hadamard_form"]


def hidden_error(w_next, delta_next, z):
    return sigma_prime_matrix(z) @ w_next @ delta_next


def all_deltas(weights, zs, grad_a):
    deltas = [output_error(zs[-1], grad_a)]
    for l in range(len(weights) - 2, -1, -1):
        deltas.insert(0, hidden_error(weights[l + 1], deltas[0], zs[l]))
    return deltas
