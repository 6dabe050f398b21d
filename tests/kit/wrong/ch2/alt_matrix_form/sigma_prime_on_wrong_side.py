"""Wrong: Sigma' on the wrong side, delta^l = (w^{l+1})^T Sigma'(z^{l+1}) ... (each Sigma' one layer too late)."""
BREAKS_STATEMENT = "delta^l = Sigma'(z^l) (w^{l+1})^T Sigma'(z^{l+1}) (w^{l+2})^T ... Sigma'(z^L) grad_a C"
CAUGHT_BY = ["test_deltas_are_dC_dz_on_5_4_3_2", "test_deltas_equal_the_hadamard_form"]


def all_deltas(weights, zs, grad_a):
    L = len(weights)
    deltas = []
    for l in range(1, L + 1):
        m = np.eye(len(zs[l - 1]))
        for k in range(l + 1, L + 1):
            m = m @ weights[k - 1].T @ sigma_prime_matrix(zs[k - 1])
        deltas.append(m @ sigma_prime_matrix(zs[-1]) @ grad_a if l < L else sigma_prime_matrix(zs[-1]) @ grad_a)
    return deltas
